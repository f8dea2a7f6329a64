package org.constable.search.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.constable.people.PersonNames;
import org.jspecify.annotations.Nullable;

/**
 * What was typed into the one search box, read into its parts: name words (in order, and whether a
 * comma put the surname first), a date of birth (full, or just a year), an age range ("aged 30-35"),
 * a postcode (any spacing or case), a house number, street words and a vehicle registration.
 * Every part is optional; each record type is searched with the parts that apply to it.
 */
public record SearchText(
        String raw,
        List<String> nameWords,
        boolean surnameFirst,
        @Nullable LocalDate dateOfBirth,
        @Nullable Integer birthYear,
        @Nullable AgeRange ageRange,
        @Nullable String postcode,
        @Nullable String partialPostcode,
        @Nullable String houseNumber,
        List<String> streetWords,
        @Nullable String vrm) {

    /** Ages in whole years, both ends included. */
    public record AgeRange(int from, int to) {
        public LocalDate earliestBirth(LocalDate today) {
            return today.minusYears(to + 1L).plusDays(1);
        }

        public LocalDate latestBirth(LocalDate today) {
            return today.minusYears(from);
        }
    }

    // matched case-insensitively (ASCII) on the text as typed: upper- or lower-casing first can change
    // its length ("ß" becomes "SS"), and positions found in the changed text would cut the typed one wrongly
    private static final Pattern AGE = Pattern.compile(
            "\\b(?:aged?|age)\\s*(\\d{1,3})(?:\\s*(?:-|to|–)\\s*(\\d{1,3}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_DMY = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b");
    private static final Pattern DATE_ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:born\\s+|b\\.?\\s*)?((?:19|20)\\d{2})\\b");
    private static final Pattern POSTCODE =
            Pattern.compile("\\b([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTWARD = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?$");
    private static final Pattern SPACED_VRM =
            Pattern.compile("\\b([A-Z0-9]{2}[0-9OISB]{2})\\s+([A-Z0-9]{3})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUSE = Pattern.compile("^(?:flat|apartment|apt)?\\d{1,4}[a-z]?$");

    public SearchText {
        nameWords = List.copyOf(nameWords);
        streetWords = List.copyOf(streetWords);
    }

    public boolean hasName() {
        return !nameWords.isEmpty();
    }

    public boolean hasBirthCriterion() {
        return dateOfBirth != null || birthYear != null || ageRange != null;
    }

    public static SearchText parse(String typed) {
        String text = typed == null ? "" : typed.trim();
        String rest = " " + text + " ";
        AgeRange age = null;
        Matcher m = AGE.matcher(rest);
        if (m.find()) {
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            age = new AgeRange(Math.min(from, to), Math.max(from, to));
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        LocalDate dob = null;
        Integer year = null;
        m = DATE_ISO.matcher(rest);
        if (m.find()) {
            dob = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        } else if ((m = DATE_DMY.matcher(rest)).find()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            // a date typed American-style (month first) is read the only way it can be valid
            dob = day <= 12 || month <= 12 ? (month > 12 ? date(y, day, month) : date(y, month, day)) : null;
            year = dob == null ? y : null;
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        if (dob == null && year == null && (m = YEAR.matcher(rest)).find()) {
            year = Integer.parseInt(m.group(1));
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        String postcode = null;
        m = POSTCODE.matcher(rest);
        if (m.find()) {
            postcode = (m.group(1) + m.group(2)).toUpperCase(Locale.ROOT);
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        String vrm = null;
        m = SPACED_VRM.matcher(rest);
        if (m.find() && (m.group(1) + m.group(2)).matches(".*[0-9].*")) {
            vrm = (m.group(1) + m.group(2)).toUpperCase(Locale.ROOT);
            rest = rest.substring(0, m.start()) + " " + rest.substring(m.end());
        }
        boolean surnameFirst = rest.contains(",");
        List<String> names = new ArrayList<>();
        List<String> street = new ArrayList<>();
        String partialPostcode = null;
        String house = null;
        for (String word : rest.trim().split("[\\s,]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String compactUpper = word.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            if (HOUSE.matcher(lower).matches()) {
                house = lower.replaceAll("[^0-9a-z]", "").replaceFirst("^(flat|apartment|apt)", "");
            } else if (postcode == null
                    && partialPostcode == null
                    && OUTWARD.matcher(compactUpper).matches()) {
                partialPostcode = compactUpper;
                vrm = vrm == null ? compactUpper : vrm;
            } else if (compactUpper.matches(".*[0-9].*")
                    && compactUpper.matches(".*[A-Z].*")
                    && compactUpper.length() >= 2) {
                vrm = vrm == null ? compactUpper : vrm + compactUpper;
            } else if (lower.matches("[\\p{L}'’\\-.]+")) {
                List<String> parts = PersonNames.parts(word);
                names.addAll(parts);
                street.addAll(parts);
            }
        }
        if (vrm == null && postcode != null) {
            vrm = postcode;
        }
        return new SearchText(text, names, surnameFirst, dob, year, age, postcode, partialPostcode, house, street, vrm);
    }

    private static @Nullable LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
