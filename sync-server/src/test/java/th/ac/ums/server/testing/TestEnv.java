package th.ac.ums.server.testing;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Migrations;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.seed.SeedCommand;

/**
 * Per test class: a freshly migrated database of its own and a Redis key prefix of its own,
 * on the real services of {@link RealServices}; both are dropped after the class. Register with
 * {@code @RegisterExtension static final TestEnv env = new TestEnv();}.
 */
public class TestEnv implements BeforeAllCallback, AfterAllCallback {
    public static final String TOKEN_SECRET = "dGVzdC1zZWNyZXQtdGhhdC1pcy1hdC1sZWFzdC0zMi1ieXRlcy1sb25nLWZvci10ZXN0cw==";

    private final Map<String, String> extra = new HashMap<>();
    private Map<String, String> base = Map.of();
    private final java.util.List<th.ac.ums.server.http.ApiRoutes> routes = new java.util.ArrayList<>();
    private String database;
    private String prefix;
    private Settings settings;
    private Infrastructure infrastructure;
    private ApiServer server;
    private TestClock clock;

    /** Adds settings (keys as in application.yaml) for this class's servers. */
    public TestEnv with(String key, String value) {
        if (infrastructure != null) {
            throw new IllegalStateException("settings are fixed once the infrastructure is open: call with() earlier");
        }
        extra.put(key, value);
        settings = null;
        return this;
    }

    private final Map<String, String> jdbcProperties = new HashMap<>();

    /** Adds a Connector/J property to this class's database URL (for example a query interceptor). */
    public TestEnv withJdbcProperty(String key, String value) {
        jdbcProperties.put(key, value);
        return this;
    }

    /** Adds routes of the test's own to the server of this class. */
    public TestEnv withRoutes(th.ac.ums.server.http.ApiRoutes more) {
        routes.add(more);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        RealServices services = RealServices.get();
        String tag = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        database = "umstest_" + (tag.length() > 30 ? tag.substring(0, 30) : tag) + "_" + suffix;
        prefix = "umstest:" + tag + ":" + suffix + ":";
        try (Connection c = DriverManager.getConnection(services.dbServerUrl(), services.dbUser(),
                services.dbPassword()); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        StringBuilder props = new StringBuilder();
        jdbcProperties.forEach((k, v) -> props.append(props.isEmpty() ? "?" : "&").append(k).append('=').append(v));
        Map<String, String> overrides = new HashMap<>(Map.of(
                "db.url", services.dbServerUrl() + database + props,
                "db.user", services.dbUser(),
                "db.password", services.dbPassword(),
                "redis.url", services.redisUrl(),
                "redis.prefix", prefix,
                "server.port", "0",
                "auth.token-secret", TOKEN_SECRET,
                "logging.access-log", "false",
                // Tests sign in hundreds of times from one IP; the limits themselves are tested with their own values.
                "rate-limit.anonymous-per-minute", "100000",
                "rate-limit.session-per-minute", "100000"));
        // Report rollups follow a change within a tenth of a second; tests wait with awaitReports().
        overrides.put("reports.refresh-delay", "PT0.1S");
        base = overrides;
        settings = null;
        clock = new TestClock();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
        }
        if (infrastructure != null) {
            try {
                infrastructure.redis().deleteByPrefix("");
            } catch (RuntimeException e) {
                System.err.println("[tests] could not clean Redis prefix " + prefix + ": " + e.getMessage());
            }
            infrastructure.close();
        }
        RealServices services = RealServices.get();
        try (Connection c = DriverManager.getConnection(services.dbServerUrl(), services.dbUser(),
                services.dbPassword()); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + database + "`");
        } catch (SQLException e) {
            System.err.println("[tests] could not drop " + database + ": " + e.getMessage());
        }
    }

    public synchronized Settings settings() {
        if (settings == null) {
            Map<String, String> all = new HashMap<>(base);
            all.putAll(extra);
            settings = Settings.load(all, Map.of());
        }
        return settings;
    }

    public String database() {
        return database;
    }

    public String redisPrefix() {
        return prefix;
    }

    public TestClock clock() {
        return clock;
    }

    /** The shared infrastructure (pools, Redis) of this class, migrated on first use. */
    public synchronized Infrastructure infrastructure() {
        if (infrastructure == null) {
            infrastructure = Infrastructure.open(settings(), clock);
            Migrations.migrate(infrastructure.db().primaryDataSource());
        }
        return infrastructure;
    }

    /** The server of this class, started on a free port on first use. */
    public synchronized ApiServer server() {
        if (server == null) {
            server = ApiServer.start(infrastructure(), th.ac.ums.server.Main.wire(infrastructure(),
                    routes.toArray(th.ac.ums.server.http.ApiRoutes[]::new)));
        }
        return server;
    }

    /**
     * Waits (5 s at most) until this class's server has refreshed the report rollups after every change
     * it has seen: a report read next counts what was written before the call.
     */
    public void awaitReports() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        var rollups = server().features().rollups();
        while (!rollups.settled()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the report rollups were not refreshed within 5 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server().port();
    }

    public Api api() {
        return new Api(baseUrl());
    }

    /** The environment of a packaged server ({@link ServerProcess}) on this class's database and Redis. */
    public Map<String, String> serverEnvironment(int port) {
        RealServices services = RealServices.get();
        Map<String, String> e = new HashMap<>();
        e.put("UMS_HTTP_PORT", Integer.toString(port));
        e.put("UMS_DB_URL", services.dbServerUrl() + database);
        e.put("UMS_DB_USER", services.dbUser());
        e.put("UMS_DB_PASSWORD", services.dbPassword());
        e.put("UMS_REDIS_URL", services.redisUrl());
        e.put("UMS_REDIS_PREFIX", prefix);
        e.put("UMS_TOKEN_SECRET", TOKEN_SECRET);
        return e;
    }

    /** Seeds this class's database with a small deterministic university. */
    public void seed(long students) {
        infrastructure();
        SeedCommand.seed(settings(), students, 42, LocalDate.of(2026, 11, 28), false,
                new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    public Clock wallClock() {
        return Clock.systemUTC();
    }
}
