package org.constable.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Connects Constable to PostgreSQL: the embedded server by default, an external one when
 * {@code CONSTABLE_DB_URL} is set. Two data sources: the application pool (least privilege) and
 * the owner connection that Flyway migrates with.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties props) {
        if (props.external()) {
            return new EmbeddedDatabaseHolder(null);
        }
        return new EmbeddedDatabaseHolder(
                EmbeddedDatabase.start(new File(props.embedded().dataDir()).getAbsoluteFile()));
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseProperties props, EmbeddedDatabaseHolder embedded) {
        return pool("constable", 20, props, embedded);
    }

    /**
     * A separate small pool for the audit trail's consultation writer, so that it can always get a
     * connection even when every request connection is busy waiting for it.
     */
    @Bean(name = "auditWriterDataSource", destroyMethod = "close")
    HikariDataSource auditWriterDataSource(DatabaseProperties props, EmbeddedDatabaseHolder embedded) {
        return pool("constable-audit-writer", 2, props, embedded);
    }

    /** A pool connecting as the application's least-privilege role. */
    private static HikariDataSource pool(
            String name, int size, DatabaseProperties props, EmbeddedDatabaseHolder embedded) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        // with the database gone a request is answered 503 within this, not after Hikari's 30 s
        config.setConnectionTimeout(props.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(2000, props.connectionTimeout().toMillis()));
        if (embedded.database() != null) {
            config.setJdbcUrl(embedded.database().jdbcUrl());
            config.setUsername(EmbeddedDatabase.APP_ROLE);
        } else {
            config.setJdbcUrl(props.url());
            config.setUsername(props.user());
            config.setPassword(props.password());
        }
        return new HikariDataSource(config);
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(DatabaseProperties props, EmbeddedDatabaseHolder embedded) {
        SimpleDriverDataSource ds = new SimpleDriverDataSource();
        ds.setDriverClass(org.postgresql.Driver.class);
        if (embedded.database() != null) {
            ds.setUrl(embedded.database().jdbcUrl());
            ds.setUsername(EmbeddedDatabase.OWNER_ROLE);
        } else {
            ds.setUrl(props.url());
            ds.setUsername(props.separateOwner() ? props.ownerUser() : props.user());
            ds.setPassword(props.separateOwner() ? props.ownerPassword() : props.password());
        }
        return ds;
    }

    @Bean
    FlywayConfigurationCustomizer appRolePlaceholder(DatabaseProperties props, EmbeddedDatabaseHolder embedded) {
        String appRole = embedded.database() != null ? EmbeddedDatabase.APP_ROLE : props.user();
        return configuration -> configuration.placeholders(Map.of("appRole", appRole));
    }

    /** Lets the embedded server be optional while still being closed with the context. */
    public record EmbeddedDatabaseHolder(@Nullable EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (database != null) {
                database.close();
            }
        }
    }
}
