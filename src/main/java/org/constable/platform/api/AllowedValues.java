package org.constable.platform.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What a field of a given Java type takes, in words a user can act on ("a month written like 2026-03"). */
final class AllowedValues {

    private AllowedValues() {}

    static String of(@Nullable Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date written like 2026-03-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date and time with its offset, written like 2026-03-31T14:05:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a date and time written like 2026-03-31T14:05:00";
        }
        if (type == LocalTime.class) {
            return "a time written like 14:05";
        }
        if (type == YearMonth.class) {
            return "a month written like 2026-03 (months 01 to 12)";
        }
        if (type == Duration.class) {
            return "a duration written like PT15M";
        }
        if (type == UUID.class) {
            return "an identifier written like 123e4567-e89b-12d3-a456-426614174000";
        }
        if (type == Long.class
                || type == long.class
                || type == Integer.class
                || type == int.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == Double.class
                || type == double.class
                || type == Float.class
                || type == float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a valid value";
    }
}
