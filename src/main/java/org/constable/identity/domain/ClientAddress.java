package org.constable.identity.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The unit a client address is counted in: an IPv4 address as it is, an IPv6 address by its /64
 * network (one household or one phone usually holds a whole /64, so counting single addresses
 * would let it rotate past any limit).
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String block(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.trim().toLowerCase(Locale.ROOT);
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (a.startsWith("::ffff:") && a.indexOf('.') > 0) {
            return a.substring("::ffff:".length());
        }
        if (!a.contains(":")) {
            return a;
        }
        String[] groups = expand(a);
        return groups == null ? a : groups[0] + ":" + groups[1] + ":" + groups[2] + ":" + groups[3] + "::/64";
    }

    /** The eight groups of an IPv6 address, or null if it does not read as one. */
    private static String @Nullable [] expand(String a) {
        String[] out = new String[8];
        int gap = a.indexOf("::");
        String[] head = gap >= 0 ? split(a.substring(0, gap)) : split(a);
        String[] tail = gap >= 0 ? split(a.substring(gap + 2)) : new String[0];
        if (head.length + tail.length > 8 || (gap < 0 && head.length != 8)) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            out[i] = "0";
        }
        for (int i = 0; i < head.length; i++) {
            out[i] = strip(head[i]);
        }
        for (int i = 0; i < tail.length; i++) {
            out[8 - tail.length + i] = strip(tail[i]);
        }
        return out;
    }

    private static String[] split(String s) {
        return s.isEmpty() ? new String[0] : s.split(":");
    }

    private static String strip(String group) {
        String g = group.replaceFirst("^0+(?=.)", "");
        return g.isEmpty() ? "0" : g;
    }
}
