package org.constable.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. A blank {@code url} means "start the embedded PostgreSQL"; the owner
 * credentials, when given, are used only by Flyway so that the application's own role can be
 * denied UPDATE/DELETE/TRUNCATE on the audit trail.
 */
@ConfigurationProperties("constable.db")
public record DatabaseProperties(
        String url, String user, String password, String ownerUser, String ownerPassword, Embedded embedded) {

    public record Embedded(String dataDir) {}

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public boolean separateOwner() {
        return ownerUser != null && !ownerUser.isBlank();
    }
}
