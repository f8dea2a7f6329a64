package org.constable.fuzz;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which hosts a fuzzed application may connect to without that being reported as server-side request
 * forgery: this machine only (its embedded database, its own HTTP port, and the server waking its own
 * acceptor on shutdown through one of the machine's addresses). A host name other than localhost is
 * never looked up, so it is never allowed.
 */
final class OnlyThisMachine {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[?[0-9a-fA-F:]+(%[\\w.]+)?]?");

    private OnlyThisMachine() {}

    static boolean contains(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        if (!IP_LITERAL.matcher(h).matches()) {
            return false;
        }
        String literal = h.replaceAll("^\\[|]$", "").replaceAll("%.*$", "");
        try {
            InetAddress address = InetAddress.getByName(literal);
            return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
