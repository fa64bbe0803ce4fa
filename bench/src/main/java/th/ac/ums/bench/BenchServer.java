package th.ac.ums.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Migrations;
import th.ac.ums.server.platform.Settings;

/** A real server for a benchmark: its own database on the bench MariaDB, its own Redis prefix. */
final class BenchServer implements AutoCloseable {
    static final String SECRET = "YmVuY2gtc2VjcmV0LXRoYXQtaXMtYXQtbGVhc3QtMzItYnl0ZXMtbG9uZy1mb3ItYmVuY2g=";
    final Infrastructure infra;
    final ApiServer server;

    private BenchServer(Infrastructure infra, ApiServer server) {
        this.infra = infra;
        this.server = server;
    }

    static BenchServer start(String serverUrl, String user, String password, String database, boolean fresh,
                             Map<String, String> extra) throws Exception {
        if (fresh) {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS `" + database + "`");
                st.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
        Map<String, String> settings = new HashMap<>(Map.of(
                "db.url", serverUrl + database, "db.user", user, "db.password", password,
                "redis.prefix", "umsbench:" + database + ":", "server.port", "0", "auth.token-secret", SECRET,
                "logging.access-log", "false", "rate-limit.anonymous-per-minute", "1000000000",
                "rate-limit.session-per-minute", "1000000000"));
        settings.put("redis.url", System.getenv().getOrDefault("UMS_BENCH_REDIS", "redis://127.0.0.1:6379/0"));
        settings.putAll(extra);
        Infrastructure infra = Infrastructure.open(Settings.load(settings, Map.of()), Clock.systemUTC());
        Migrations.migrate(infra.db().primaryDataSource());
        return new BenchServer(infra, ApiServer.start(infra));
    }

    th.ac.ums.server.Features features() {
        return server.features();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        infra.redis().deleteByPrefix("");
        infra.close();
    }
}
