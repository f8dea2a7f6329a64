package org.constable.walkthrough;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo force's sign-in details as a new user reads them: the password and the table of demo
 * users (username, role, TOTP secret) printed on the console at start, the password also kept in
 * the data folder.
 */
public record DemoLogins(String password, List<DemoLogin> logins) {

    /** One demo account as the console lists it; the secret is what an authenticator app is given. */
    public record DemoLogin(String username, String role, String totpSecret) {}

    private static final Pattern PASSWORD = Pattern.compile("Password for every demo user: (\\S+)");
    private static final Pattern LOGIN =
            Pattern.compile("^\\s*(demo\\.[a-z0-9.-]+)\\s+(\\S.*?\\S)\\s+([A-Z2-7]{16,})\\s*$", Pattern.MULTILINE);

    static DemoLogins readFrom(String console, Path dataFolder) {
        Matcher pw = PASSWORD.matcher(console);
        if (!pw.find()) {
            throw new AssertionError("The console shows no demo password (\"Password for every demo user: ...\").");
        }
        String password = pw.group(1);
        Path file = dataFolder.resolve("demo-password.txt");
        try {
            String kept = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!kept.equals(password)) {
                throw new AssertionError("The console's demo password differs from the one kept in " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The demo password is not kept in the data folder: " + file, e);
        }
        List<DemoLogin> logins = new ArrayList<>();
        Matcher m = LOGIN.matcher(console);
        while (m.find()) {
            logins.add(new DemoLogin(m.group(1), m.group(2), m.group(3)));
        }
        if (logins.isEmpty()) {
            throw new AssertionError("The console lists no demo users.");
        }
        return new DemoLogins(password, List.copyOf(logins));
    }

    /** One login per role, in the order the console lists them (the first where a role has several). */
    public List<DemoLogin> onePerRole() {
        Map<String, DemoLogin> byRole = new LinkedHashMap<>();
        logins.forEach(l -> byRole.putIfAbsent(l.role(), l));
        return List.copyOf(byRole.values());
    }

    public DemoLogin withRole(String role) {
        return logins.stream()
                .filter(l -> l.role().equalsIgnoreCase(role))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The console lists no demo user with the role " + role));
    }
}
