package org.constable.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.constable.identity.application.UserAdministration;
import org.constable.identity.persistence.UserAccount;
import org.constable.identity.persistence.UserAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo force's officers: one account per role, and the colleagues that make its teams real
 * (two response teams by beats, CID, the control room, a crime management unit with two registrars
 * so that one's request can be decided by the other), all sharing one random password made on
 * first start and kept in the local data folder, never in the repository. There are two
 * administrators, so that a role change one asks for can be approved by the other.
 */
@Component
@Order(10)
public class DemoUsers implements ApplicationRunner {

    /** One demo login: the role's title, the police rank in words (ADR 0071), the second-factor secret. */
    public record DemoLogin(String username, String role, String totpSecret, String rank) {}

    /**
     * One demo officer: the username after "demo.", the role, the team, a number for the name, and the
     * police rank (ADR 0071).
     */
    record Officer(String name, Role role, String team, int number, Rank rank) {

        String username() {
            return DemoMode.DEMO_USER_PREFIX + name;
        }

        String displayName() {
            return "Demo " + role.title() + (number > 1 ? " " + number : "");
        }
    }

    static final String CONTROL_ROOM = "Control Room";
    /** Beats B1-B3: Brookside, Levenfield, Ashby Green. */
    static final String RESPONSE_SOUTH = "Response South (B1-B3)";
    /** Beats B4-B6: Northmoor, Kingsway, Heathside. */
    static final String RESPONSE_NORTH = "Response North (B4-B6)";

    static final String CID = "CID";
    static final String CRIME_MANAGEMENT = "Crime Management Unit";

    /** Every role's own login first, as the README says; then their colleagues. */
    static final List<Officer> OFFICERS = List.of(
            new Officer("call-handler", Role.CALL_HANDLER, CONTROL_ROOM, 1, Rank.POLICE_STAFF),
            new Officer("dispatcher", Role.DISPATCHER, CONTROL_ROOM, 1, Rank.POLICE_STAFF),
            new Officer("response-officer", Role.RESPONSE_OFFICER, RESPONSE_SOUTH, 1, Rank.CONSTABLE),
            new Officer("investigator", Role.INVESTIGATOR, CID, 1, Rank.CONSTABLE),
            new Officer("custody-officer", Role.CUSTODY_OFFICER, "Custody Suite", 1, Rank.SERGEANT),
            new Officer("intelligence-analyst", Role.INTELLIGENCE_ANALYST, "Intelligence Unit", 1, Rank.POLICE_STAFF),
            new Officer("crime-registrar", Role.CRIME_REGISTRAR, CRIME_MANAGEMENT, 1, Rank.POLICE_STAFF),
            new Officer("supervisor", Role.SUPERVISOR, RESPONSE_SOUTH, 1, Rank.INSPECTOR),
            new Officer("auditor", Role.AUDITOR, "Information Management", 1, Rank.POLICE_STAFF),
            new Officer("administrator", Role.ADMINISTRATOR, "Information Management", 1, Rank.POLICE_STAFF),
            new Officer("source-registrar", Role.SOURCE_REGISTRAR, "Dedicated Source Unit", 1, Rank.SUPERINTENDENT),
            new Officer("administrator-2", Role.ADMINISTRATOR, "Information Management", 2, Rank.POLICE_STAFF),
            new Officer("crime-registrar-2", Role.CRIME_REGISTRAR, CRIME_MANAGEMENT, 2, Rank.POLICE_STAFF),
            new Officer("response-officer-2", Role.RESPONSE_OFFICER, RESPONSE_SOUTH, 2, Rank.CONSTABLE),
            new Officer("response-officer-3", Role.RESPONSE_OFFICER, RESPONSE_SOUTH, 3, Rank.CONSTABLE),
            new Officer("response-officer-4", Role.RESPONSE_OFFICER, RESPONSE_NORTH, 4, Rank.CONSTABLE),
            new Officer("response-officer-5", Role.RESPONSE_OFFICER, RESPONSE_NORTH, 5, Rank.CONSTABLE),
            new Officer("supervisor-2", Role.SUPERVISOR, RESPONSE_NORTH, 2, Rank.SUPERINTENDENT),
            new Officer("investigator-2", Role.INVESTIGATOR, CID, 2, Rank.CONSTABLE),
            new Officer("call-handler-2", Role.CALL_HANDLER, CONTROL_ROOM, 2, Rank.POLICE_STAFF),
            new Officer("dispatcher-2", Role.DISPATCHER, CONTROL_ROOM, 2, Rank.POLICE_STAFF));

    private final DemoMode demo;
    private final UserAdministration admin;
    private final UserAccounts users;
    private final Path dataDir;

    public DemoUsers(
            DemoMode demo,
            UserAdministration admin,
            UserAccounts users,
            @Value("${constable.data-dir:./data}") String dataDir) {
        this.demo = demo;
        this.admin = admin;
        this.users = users;
        this.dataDir = Path.of(dataDir);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        String password = password();
        for (int i = 0; i < OFFICERS.size(); i++) {
            Officer o = OFFICERS.get(i);
            if (users.findByUsername(o.username()).isEmpty()) {
                admin.createWithoutCheck(new UserAdministration.NewUser(
                        o.username(),
                        o.displayName(),
                        "D" + (1000 + i),
                        password,
                        Set.of(o.role()),
                        o.team(),
                        o.rank()));
            } else {
                // a data folder from before ranks were recorded: give the demo officer theirs, once
                users.findByUsername(o.username())
                        .filter(u -> u.rank() == null)
                        .ifPresent(u -> users.setRank(u.id(), o.rank()));
            }
        }
    }

    /**
     * The demo logins as the console prints them: each role's own first, then their colleagues (the
     * first login of a role is that role's documented one).
     */
    public List<DemoLogin> logins() {
        List<DemoLogin> out = new ArrayList<>();
        for (Officer o : OFFICERS) {
            users.findByUsername(o.username())
                    .map(UserAccount::totpSecret)
                    .ifPresent(secret -> out.add(new DemoLogin(
                            o.username(), o.role().title(), secret, o.rank().label())));
        }
        return out;
    }

    /** The shared demo password, made once per data folder. */
    public String password() {
        Path file = dataDir.resolve("demo-password.txt");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(dataDir);
            String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
            SecureRandom random = new SecureRandom();
            StringBuilder sb = new StringBuilder("demo-");
            for (int i = 0; i < 12; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            return sb.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot keep the demo password in " + file, e);
        }
    }
}
