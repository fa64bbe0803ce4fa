package th.ac.ums.server.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the HikariCP pools: the primary (read-write) and, when configured, the read replica. */
public final class DataSources {
    private static final Logger LOG = LoggerFactory.getLogger(DataSources.class);

    private DataSources() {
    }

    public static HikariDataSource primary(Settings settings, MeterRegistry registry) {
        JdbcUrl url = JdbcUrl.parse(settings.string("db.url"));
        createDatabaseIfMissing(url, settings);
        return pool("ums-primary", url, settings.integer("db.pool-size"), false, settings, registry);
    }

    /**
     * A small pool for migrations and bulk loads: the bulk time-outs (a statement may build an index
     * of millions of rows; a busy machine may take seconds to accept a connection).
     */
    public static HikariDataSource forMigrations(Settings settings) {
        JdbcUrl url = JdbcUrl.parse(settings.string("db.url"));
        createDatabaseIfMissing(url, settings);
        return pool("ums-migrate", url, 2, false, bulk(settings), null);
    }

    /** The settings with the bulk time-outs as the connection's time-outs. */
    public static Settings bulk(Settings settings) {
        return settings.with(java.util.Map.of(
                "db.connect-timeout", settings.string("db.bulk-connect-timeout"),
                "db.socket-timeout", settings.string("db.bulk-socket-timeout"),
                "db.connection-timeout", settings.string("db.bulk-connect-timeout")));
    }

    public static Optional<HikariDataSource> replica(Settings settings, MeterRegistry registry) {
        return settings.optionalString("db.replica-url").map(raw -> pool("ums-replica", JdbcUrl.parse(raw),
                settings.integer("db.replica-pool-size"), true, settings, registry));
    }

    static HikariDataSource pool(String name, JdbcUrl url, int size, boolean readOnly, Settings settings,
                                 MeterRegistry registry) {
        JdbcUrl tuned = url
                .withProperty("connectTimeout", String.valueOf(settings.duration("db.connect-timeout").toMillis()))
                .withProperty("socketTimeout", String.valueOf(settings.duration("db.socket-timeout").toMillis()));
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(tuned.withDefaults());
        config.setUsername(settings.string("db.user"));
        config.setPassword(settings.optionalString("db.password").orElse(""));
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(settings.integer("db.min-idle"), size));
        config.setConnectionTimeout(settings.duration("db.connection-timeout").toMillis());
        config.setValidationTimeout(settings.duration("db.validation-timeout").toMillis());
        config.setIdleTimeout(settings.duration("db.idle-timeout").toMillis());
        config.setMaxLifetime(settings.duration("db.max-lifetime").toMillis());
        config.setReadOnly(readOnly);
        // Start even when the database is down: requests get 503 and the pool recovers by itself.
        config.setInitializationFailTimeout(-1);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (registry != null) {
            config.setMetricRegistry(registry);
        }
        LOG.info("database pool {} -> {} (size {})", name, JdbcUrl.redact(tuned.withDefaults()), size);
        return new HikariDataSource(config);
    }

    /** CREATE DATABASE IF NOT EXISTS, when the account may; a failure here is not fatal. */
    static void createDatabaseIfMissing(JdbcUrl url, Settings settings) {
        if (url.database().isBlank() || !url.database().matches("[A-Za-z0-9_]+")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url.serverUrl(), settings.string("db.user"),
                settings.optionalString("db.password").orElse(""));
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS `" + url.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            LOG.warn("could not create database {} ({}); assuming it exists", url.database(), e.getMessage());
        }
    }
}
