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
        Infrastructure infra = infrastructure(serverUrl, user, password, database, extra);
        Migrations.migrate(infra.db().primaryDataSource());
        return new BenchServer(infra, ApiServer.start(infra));
    }

    /**
     * The server's settings for a bench database: its pool, its Redis prefix. The load generator
     * opens the same (without a web server) for its plain-JDBC references and its set-up.
     */
    static Infrastructure infrastructure(String serverUrl, String user, String password, String database,
                                         Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "db.url", serverUrl + database, "db.user", user, "db.password", password,
                "redis.prefix", "umsbench:" + database + ":", "server.port", "0", "auth.token-secret", SECRET,
                "logging.access-log", "false", "rate-limit.anonymous-per-minute", "1000000000",
                "rate-limit.session-per-minute", "1000000000"));
        settings.put("redis.url", System.getenv().getOrDefault("UMS_BENCH_REDIS", "redis://127.0.0.1:6379/0"));
        settings.putAll(extra);
        return Infrastructure.open(Settings.load(settings, Map.of()), Clock.systemUTC());
    }

    /**
     * {@code Bench serve --database D [--fresh] [--cache false] [--sessions N --tokens F] [--set key=value]}: the
     * server of a benchmark in this JVM with the bench admin account; prints its address and
     * serves until standard input closes.
     */
    static void serve(String serverUrl, String user, String password, java.util.List<String> args) throws Exception {
        String database = Bench.optionText(args, "--database", ListBench.DATABASE);
        Map<String, String> extra = new HashMap<>(Map.of("cache.enabled", Bench.optionText(args, "--cache", "true")));
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("--set")) {
                String[] kv = args.get(i + 1).split("=", 2);
                extra.put(kv[0], kv[1]);
            }
        }
        try (BenchServer s = start(serverUrl, user, password, database, args.contains("--fresh"), extra)) {
            try {
                th.ac.ums.server.commands.CreateAdminCommand.create(s.infra.db(),
                        th.ac.ums.server.auth.PasswordHasher.fromSettings(s.infra.settings()), Clock.systemUTC(),
                        ListBench.ADMIN, "Bench admin", AuthBench.PASSWORD, java.util.EnumSet.of(
                                th.ac.ums.model.Role.ADMIN, th.ac.ums.model.Role.REGISTRAR));
            } catch (RuntimeException exists) {
                // created by an earlier run
            }
            long sessions = Bench.option(args, "--sessions", 0);
            if (sessions > 0) {
                SoakBench.writeSessions(s, (int) sessions, java.nio.file.Path.of(Bench.optionText(args, "--tokens", "")));
            }
            System.out.println("BENCH SERVER " + s.base());
            System.out.flush();
            var commands = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8));
            String line;
            while ((line = commands.readLine()) != null) {
                // serve until the parent closes our stdin; "hash-loop S" runs B5's reference in this JVM
                if (line.startsWith("hash-loop ")) {
                    var hasher = th.ac.ums.server.auth.PasswordHasher.fromSettings(s.infra.settings());
                    double[] rate = AuthBench.hashLoop(hasher, hasher.hash(AuthBench.PASSWORD),
                            Runtime.getRuntime().availableProcessors(), Integer.parseInt(line.substring(10).trim()));
                    System.out.println("BENCH HASH LOOP " + rate[0] + " " + (long) rate[1]);
                    System.out.flush();
                }
            }
        }
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
