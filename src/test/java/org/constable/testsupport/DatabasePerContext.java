package org.constable.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives every test application context a database of its own. With the embedded server that is
 * a fresh data folder; against an external server (CONSTABLE_DB_URL set, as in CI) it creates a
 * new database with the owner role, so a test that tampers with the audit trail cannot break the
 * chain other tests verify.
 */
public class DatabasePerContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv("CONSTABLE_DB_URL");
        if (url == null || url.isBlank()) {
            TestPropertyValues.of("constable.data-dir=target/test-data/" + UUID.randomUUID())
                    .applyTo(context);
            return;
        }
        String owner = firstNonBlank(System.getenv("CONSTABLE_DB_OWNER_USER"), System.getenv("CONSTABLE_DB_USER"));
        String password =
                firstNonBlank(System.getenv("CONSTABLE_DB_OWNER_PASSWORD"), System.getenv("CONSTABLE_DB_PASSWORD"));
        String name = "constable_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, owner, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The owner role must be able to create test databases (CREATEDB): " + e.getMessage(), e);
        }
        String perContext = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        TestPropertyValues.of(
                        "constable.db.url=" + perContext, "constable.data-dir=target/test-data/" + UUID.randomUUID())
                .applyTo(context);
    }

    /** The JDBC URL of this context's own database, for tests that must act as the owner. */
    public static String ownerUser() {
        return firstNonBlank(System.getenv("CONSTABLE_DB_OWNER_USER"), System.getenv("CONSTABLE_DB_USER"));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
