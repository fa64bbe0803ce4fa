package th.ac.ums.server.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.ServerProcess;
import th.ac.ums.server.testing.TestEnv;

/** The operating commands of contract §1, run as separate processes from the packaged jar. */
class CommandsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    private static Map<String, String> dbEnv() {
        Map<String, String> e = new HashMap<>();
        e.put("UMS_DB_URL", env.settings().string("db.url"));
        e.put("UMS_DB_USER", env.settings().string("db.user"));
        e.put("UMS_DB_PASSWORD", env.settings().optionalString("db.password").orElse(""));
        e.put("UMS_REDIS_URL", env.settings().string("redis.url"));
        e.put("UMS_REDIS_PREFIX", env.redisPrefix());
        return e;
    }

    @Test
    void serveRefusesToStartWithoutATokenSecret() throws Exception {
        try (ServerProcess p = ServerProcess.start(dbEnv(), null, "serve")) {
            assertEquals(2, p.exitCode(Duration.ofSeconds(60)));
            assertTrue(p.output().contains("UMS_TOKEN_SECRET is not set"), p.output());
        }
        Map<String, String> weak = dbEnv();
        weak.put("UMS_TOKEN_SECRET", "c2hvcnQ=");
        try (ServerProcess p = ServerProcess.start(weak, null, "serve")) {
            assertEquals(2, p.exitCode(Duration.ofSeconds(60)));
            assertTrue(p.output().contains("at least 32 are required"), p.output());
        }
    }

    @Test
    void migrateCreateAdminAndServeWorkTogether() throws Exception {
        try (ServerProcess p = ServerProcess.start(dbEnv(), null, "migrate")) {
            assertEquals(0, p.exitCode(Duration.ofSeconds(60)), p::output);
        }
        try (ServerProcess p = ServerProcess.start(dbEnv(), "password\n", "create-admin", "--email", "a@ums.ac.th")) {
            assertEquals(1, p.exitCode(Duration.ofSeconds(60)));
            assertTrue(p.output().contains("password"), p.output());
        }
        try (ServerProcess p = ServerProcess.start(dbEnv(), "Str0ng-Enough!pass\n", "create-admin", "--email",
                "Root.Admin@UMS.ac.th")) {
            assertEquals(0, p.exitCode(Duration.ofSeconds(60)), p::output);
            assertTrue(p.output().contains("created ADMIN user root.admin@ums.ac.th"), p.output());
        }
        Map<String, String> withEnvPassword = dbEnv();
        withEnvPassword.put("UMS_ADMIN_PASSWORD", "An0ther-Strong!pass");
        try (ServerProcess p = ServerProcess.start(withEnvPassword, null, "create-admin", "--email",
                "root.admin@ums.ac.th")) {
            assertEquals(1, p.exitCode(Duration.ofSeconds(60)));
            assertTrue(p.output().contains("already exists"), p.output());
        }
        Map<String, String> serve = dbEnv();
        serve.put("UMS_TOKEN_SECRET", TestEnv.TOKEN_SECRET);
        serve.put("UMS_HTTP_PORT", "0");
        try (ServerProcess p = ServerProcess.start(serve, null, "serve")) {
            String ready = p.awaitLine(l -> l.contains("UMS sync server listening on http://"), Duration.ofSeconds(60));
            Matcher m = Pattern.compile("listening on (http://[0-9.]+:([0-9]+))").matcher(ready);
            assertTrue(m.find(), ready);
            assertTrue(Integer.parseInt(m.group(2)) > 0);
            Api.Response health = new Api(m.group(1)).get("/observe/health/ready");
            assertEquals(200, health.status(), health::text);
        }
    }

    @Test
    void seedPrintsProgressAndRefusesAFullDatabaseWithoutAppend() throws Exception {
        Map<String, String> e = dbEnv();
        e.put("UMS_DB_URL", env.settings().string("db.url") + "_seedcmd");
        try (ServerProcess p = ServerProcess.start(e, null, "seed", "--students", "1500", "--random-seed", "5",
                "--as-of", "2026-11-28")) {
            assertEquals(0, p.exitCode(Duration.ofSeconds(180)), p::output);
            assertTrue(p.output().contains("seed: reference data:"), p.output());
            assertTrue(p.output().contains("seed: done: 1,500 students"), p.output());
        }
        try (ServerProcess p = ServerProcess.start(e, null, "seed", "--students", "10")) {
            assertEquals(1, p.exitCode(Duration.ofSeconds(60)));
            assertTrue(p.output().contains("--append"), p.output());
        }
        try (ServerProcess p = ServerProcess.start(e, null, "seed", "--students", "abc")) {
            assertEquals(2, p.exitCode(Duration.ofSeconds(60)));
        }
        th.ac.ums.server.seed.SeedIT.dropDatabase(env.database() + "_seedcmd");
    }
}
