package th.ac.ums.server.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.server.platform.JdbcUrl;
import th.ac.ums.server.testing.ServerProcess;
import th.ac.ums.server.testing.TcpProxy;
import th.ac.ums.server.testing.TestEnv;

/**
 * Issue 16 §3: a command whose database goes away ends non-zero within 30 s, with one line that
 * says what failed and what to do, no stack trace, and no process of its own left running.
 */
class CommandFailuresIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void demoWhoseEmbeddedDatabaseIsKilledMidSeedEndsAndLeavesNothingBehind() throws Exception {
        Map<String, String> noServices = Map.of("UMS_HTTP_PORT", "0",
                "UMS_DB_URL", "jdbc:mysql://127.0.0.1:1/not-used", "UMS_REDIS_URL", "redis://127.0.0.1:1/0");
        try (ServerProcess demo = ServerProcess.start(noServices, null, "demo", "--students", "1000000")) {
            demo.awaitLine(l -> l.startsWith("seed: writing"), Duration.ofSeconds(300));
            List<ProcessHandle> started = demo.tree();
            ProcessHandle mariadbd = started.stream()
                    .filter(p -> p.info().command().orElse("").contains("mariadbd")).findFirst()
                    .orElseThrow(() -> new AssertionError("no embedded mariadbd among " + started));
            assertTrue(started.stream().anyMatch(p -> p.info().command().orElse("").contains("redis")),
                    "the embedded Redis runs too");
            long killed = System.nanoTime();
            mariadbd.destroyForcibly();
            int code = demo.exitCode(LIMIT);
            double seconds = (System.nanoTime() - killed) / 1e9;
            assertNotEquals(0, code, demo::output);
            assertTrue(seconds <= LIMIT.toSeconds(), "ended after " + seconds + " s");
            System.out.printf("demo ended (exit %d) %.1f s after its database was killed%n", code, seconds);
            awaitGone(started);
            assertOneLineFailure(demo.output(), "seeding failed: the database stopped answering");
        }
    }

    @Test
    void seedWhoseDatabaseGoesAwayEndsWithinSeconds() throws Exception {
        JdbcUrl base = JdbcUrl.parse(env.settings().string("db.url"));
        String database = env.database() + "_cut";
        try (TcpProxy proxy = new TcpProxy("127.0.0.1", port(base))) {
            Map<String, String> e = dbEnv("jdbc:mysql://127.0.0.1:" + proxy.port() + "/" + database);
            try (ServerProcess seed = ServerProcess.start(e, null, "seed", "--students", "1000000")) {
                seed.awaitLine(l -> l.startsWith("seed: writing"), Duration.ofSeconds(300));
                long cut = System.nanoTime();
                proxy.close();
                int code = seed.exitCode(LIMIT);
                assertNotEquals(0, code, seed::output);
                double seconds = (System.nanoTime() - cut) / 1e9;
                assertTrue(seconds <= LIMIT.toSeconds(), seed::output);
                System.out.printf("seed ended (exit %d) %.1f s after its database went away%n", code, seconds);
                assertOneLineFailure(seed.output(), "seeding failed: the database stopped answering");
            }
        } finally {
            try (Connection c = DriverManager.getConnection(base.serverUrl(), env.settings().string("db.user"),
                    env.settings().optionalString("db.password").orElse(""));
                 Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
        }
    }

    @Test
    void serveAndMigrateWithoutADatabaseEndWithOneLine() throws Exception {
        for (String command : List.of("serve", "migrate")) {
            Map<String, String> e = dbEnv("jdbc:mysql://127.0.0.1:1/ums");
            e.put("UMS_TOKEN_SECRET", TestEnv.TOKEN_SECRET);
            long start = System.nanoTime();
            try (ServerProcess p = ServerProcess.start(e, null, command)) {
                int code = p.exitCode(Duration.ofSeconds(45));
                double seconds = (System.nanoTime() - start) / 1e9;
                assertEquals(1, code, p::output);
                assertTrue(seconds <= LIMIT.toSeconds(), command + " ended after " + seconds + " s");
                System.out.printf("%s without a database ended (exit %d) after %.1f s%n", command, code, seconds);
                assertOneLineFailure(p.output(), "cannot reach the database");
                assertTrue(p.output().contains("check UMS_DB_URL"), p::output);
            }
        }
    }

    private static void assertOneLineFailure(String output, String expected) {
        List<String> lines = output.lines().filter(l -> !l.isBlank()).toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.contains(expected), "last line: " + last + "\n" + output);
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"),
                "no stack trace:\n" + output);
    }

    private static void awaitGone(List<ProcessHandle> processes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        assertTrue(alive.isEmpty(), "left running: " + alive.stream()
                .map(p -> p.pid() + " " + p.info().command().orElse("?")).toList());
    }

    private static int port(JdbcUrl url) {
        String host = url.hostPart();
        int colon = host.lastIndexOf(':');
        return colon < 0 ? 3306 : Integer.parseInt(host.substring(colon + 1));
    }

    private static Map<String, String> dbEnv(String url) {
        Map<String, String> e = new HashMap<>();
        e.put("UMS_DB_URL", url);
        e.put("UMS_DB_USER", env.settings().string("db.user"));
        e.put("UMS_DB_PASSWORD", env.settings().optionalString("db.password").orElse(""));
        e.put("UMS_REDIS_URL", env.settings().string("redis.url"));
        e.put("UMS_REDIS_PREFIX", env.redisPrefix());
        return e;
    }
}
