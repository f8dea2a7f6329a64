package org.constable.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. A blank {@code url} means "start the embedded PostgreSQL"; the owner
 * credentials, when given, are used only by Flyway so that the application's own role can be
 * denied UPDATE/DELETE/TRUNCATE on the audit trail. {@code connectionTimeout} bounds how long a
 * request waits for a pooled connection: with the database gone it is answered 503 in seconds, not
 * after Hikari's default of 30 (ADR 0076).
 */
@ConfigurationProperties("constable.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        String ownerUser,
        String ownerPassword,
        Embedded embedded,
        @DefaultValue("5s") Duration connectionTimeout) {

    /**
     * The embedded server's folder, and how long it may be found dead before the application starts
     * it again (issue 19: the server must come back by itself, not wait for an operator).
     */
    public record Embedded(
            String dataDir, @DefaultValue("3s") Duration restartAfter) {}

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public boolean separateOwner() {
        return ownerUser != null && !ownerUser.isBlank();
    }
}
