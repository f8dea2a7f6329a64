package org.constable.fuzz;

import java.util.Locale;

/**
 * Which hosts a fuzzed application may connect to without that being reported as server-side request
 * forgery: this machine only, named without a DNS look-up, where its embedded database and its own
 * HTTP port live.
 */
final class OnlyThisMachine {

    private OnlyThisMachine() {}

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost")
                || h.startsWith("127.")
                || h.equals("::1")
                || h.equals("[::1]")
                || h.equals("0:0:0:0:0:0:0:1");
    }
}
