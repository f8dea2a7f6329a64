package org.constable.sources.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.constable.shared.ForceTime;
import org.constable.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Who a source really is: read only by the source's handler, its controller and the source registrars. */
public record TrueIdentity(String fullName, LocalDate dateOfBirth, String address, String contactDetails) {

    public static final int MAX_TEXT = 500;

    /** Checks every field at once; the message names each field and never repeats what was typed. */
    public static TrueIdentity of(
            @Nullable String fullName,
            @Nullable LocalDate dateOfBirth,
            @Nullable String address,
            @Nullable String contactDetails,
            Instant now,
            String prefix) {
        var errors = new InvalidInput.Collector();
        Texts.required(errors, prefix + "fullName", fullName, MAX_TEXT);
        Texts.required(errors, prefix + "address", address, MAX_TEXT);
        Texts.required(errors, prefix + "contactDetails", contactDetails, MAX_TEXT);
        LocalDate today = now.atZone(ForceTime.ZONE).toLocalDate();
        if (dateOfBirth == null) {
            errors.add(prefix + "dateOfBirth", "Give the source's date of birth.");
        } else if (!dateOfBirth.isBefore(today) || dateOfBirth.isBefore(today.minusYears(120))) {
            errors.add(prefix + "dateOfBirth", "The date of birth must be a past date within 120 years.");
        }
        errors.throwIfAny();
        return new TrueIdentity(
                Objects.requireNonNull(fullName).strip(),
                Objects.requireNonNull(dateOfBirth),
                Objects.requireNonNull(address).strip(),
                Objects.requireNonNull(contactDetails).strip());
    }
}
