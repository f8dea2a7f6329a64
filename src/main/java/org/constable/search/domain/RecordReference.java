package org.constable.search.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incident or crime reference typed into the search box, in any case and with spaces or dashes
 * anywhere between its parts ("inc 20261122z 42", "CRM-20261122Z-7", "crm 20261122 7"), written the
 * ways a record may hold it: {@code PREFIX-yyyymmddZ-n} (the date as ISO basic with its UTC offset,
 * as references are made now) or {@code PREFIX-yyyymmdd-n}.
 */
public final class RecordReference {

    public static final String INCIDENT = "INC";
    public static final String CRIME = "CRM";
    private static final Pattern REFERENCE = Pattern.compile("^\\s*([A-Z]{3})[\\s-]*(\\d{8})Z?[\\s-]*(\\d{1,12})\\s*$");

    private RecordReference() {}

    /** The references as they may be stored, when the whole of {@code typed} is a reference with this prefix; else none. */
    public static List<String> of(String typed, String prefix) {
        if (typed == null) {
            return List.of();
        }
        Matcher m = REFERENCE.matcher(typed.toUpperCase(Locale.ROOT));
        if (!m.matches() || !m.group(1).equals(prefix)) {
            return List.of();
        }
        long number = Long.parseLong(m.group(3));
        return List.of(prefix + "-" + m.group(2) + "Z-" + number, prefix + "-" + m.group(2) + "-" + number);
    }
}
