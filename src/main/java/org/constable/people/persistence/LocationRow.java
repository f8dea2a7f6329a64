package org.constable.people.persistence;

public record LocationRow(
        long id,
        String premises,
        String street,
        String locality,
        String town,
        String postcode,
        Double latitude,
        Double longitude,
        boolean restricted,
        int version) {

    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {premises, street, locality, town, postcode}) {
            if (part != null && !part.isBlank()) {
                if (!sb.isEmpty()) {
                    sb.append(", ");
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }
}
