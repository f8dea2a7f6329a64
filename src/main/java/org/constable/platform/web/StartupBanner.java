package org.constable.platform.web;

import org.constable.identity.DemoMode;
import org.constable.identity.DemoUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where Constable is and, for the demo force, how to sign in. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StartupBanner implements ApplicationRunner {

    private final DemoMode demo;
    private final DemoUsers demoUsers;
    private final Environment environment;
    private final boolean command;

    StartupBanner(
            DemoMode demo,
            DemoUsers demoUsers,
            Environment environment,
            @Value("${constable.command:}") String command) {
        this.demo = demo;
        this.demoUsers = demoUsers;
        this.environment = environment;
        this.command = !command.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (command) {
            return;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder sb =
                new StringBuilder("\n========================================================================\n");
        sb.append(" Constable is running: http://localhost:").append(port).append("/\n");
        if (demo.enabled()) {
            sb.append(" DEMO FORCE (synthetic data). Password for every demo user: ")
                    .append(demoUsers.password())
                    .append('\n');
            sb.append(" Second factor: add the TOTP secret to an authenticator app; on the demo force the\n");
            sb.append(" code page also shows the current code for demo users.\n");
            sb.append(String.format(" %-28s %-34s %s%n", "username", "role", "TOTP secret"));
            demoUsers
                    .logins()
                    .forEach(
                            l -> sb.append(String.format(" %-28s %-34s %s%n", l.username(), l.role(), l.totpSecret())));
            // the custody decisions PACE gives to a rank follow these (ADR 0071)
            sb.append(" Police ranks: ")
                    .append(String.join(
                            "; ",
                            demoUsers.logins().stream()
                                    .filter(l -> l.username().contains("custody")
                                            || l.username().contains("supervisor"))
                                    .map(l -> l.username() + " " + l.rank())
                                    .toList()))
                    .append(" (a review needs an inspector, the 36-hour extension a superintendent)\n");
        }
        sb.append("========================================================================\n");
        System.out.println(sb);
    }
}
