package org.constable.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The demo force's officers: one account per role (and a response team), all sharing one random
 * password made on first start and kept in the local data folder, never in the repository. There
 * are two administrators, so that a role change one asks for can be approved by the other.
 */
@Component
@Order(10)
public class DemoUsers implements ApplicationRunner {

    public record DemoLogin(String username, String role, String totpSecret) {}

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

    /** The second demo administrator: the checker for the first one's role changes. */
    static final String SECOND_ADMINISTRATOR = DemoMode.DEMO_USER_PREFIX + "administrator-2";

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        String password = password();
        for (Role role : Role.values()) {
            create(usernameOf(role), role, "Demo " + role.title(), 1000 + role.ordinal(), password);
        }
        create(SECOND_ADMINISTRATOR, Role.ADMINISTRATOR, "Demo second administrator", 1100, password);
    }

    private void create(String username, Role role, String name, int collar, String password) {
        if (users.findByUsername(username).isEmpty()) {
            admin.createWithoutCheck(new UserAdministration.NewUser(
                    username, name, "D" + collar, password, Set.of(role), "Demo " + role.title() + " team"));
        }
    }

    private static String usernameOf(Role role) {
        return DemoMode.DEMO_USER_PREFIX + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<DemoLogin> logins() {
        List<DemoLogin> out = new ArrayList<>();
        for (Role role : Role.values()) {
            String username = usernameOf(role);
            users.findByUsername(username)
                    .map(UserAccount::totpSecret)
                    .ifPresent(secret -> out.add(new DemoLogin(username, role.title(), secret)));
        }
        users.findByUsername(SECOND_ADMINISTRATOR)
                .map(UserAccount::totpSecret)
                .ifPresent(secret -> out.add(new DemoLogin(SECOND_ADMINISTRATOR, "Administrator (second)", secret)));
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
