package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.embedded.EmbeddedServices;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Redis stopped (a private Redis process on its own port): sign-in and every authenticated call
 * answer 503, never a pass and never an unlimited login; when Redis is back the server recovers
 * by itself. Redis keeps nothing here (no persistence), so sessions from before are gone.
 */
class RedisOutageIT {
    static EmbeddedServices.Redis redis = EmbeddedServices.startRedis();
    static final int PORT = redis.port();

    static final java.util.List<String> REPORTS = java.util.List.of("/api/v1/reports/aging",
            "/api/v1/reports/finance", "/api/v1/reports/dashboard");

    @RegisterExtension
    static final TestEnv env = new TestEnv().with("redis.url", "redis://127.0.0.1:" + PORT + "/0");

    @AfterAll
    static void stop() {
        redis.close();
    }

    @Test
    void redisDownMeans503AndTheServerRecoversWhenItIsBack() throws Exception {
        Staff staff = new Staff(env);
        Staff.Person admin = staff.signedIn(Role.ADMIN);
        assertEquals(200, admin.api(env).get("/api/v1/me").status());

        redis.close();
        Api.Response me = admin.api(env).get("/api/v1/me");
        assertEquals(503, me.status(), me::text);
        assertEquals("application/problem+json", me.header("Content-Type"));
        Api.Response login = env.api().post("/api/v1/auth/login", Map.of("email", admin.email(), "password",
                Staff.PASSWORD));
        assertEquals(503, login.status(), "no login without the limiter");
        Api.Response wrong = env.api().post("/api/v1/auth/login", Map.of("email", admin.email(), "password", "x"));
        assertEquals(503, wrong.status());
        assertEquals(503, env.api().get("/observe/health/ready").status());
        assertEquals(200, env.api().get("/observe/health/live").status());
        assertEquals(503, admin.api(env).get("/api/v1/users").status(), "every authenticated route fails closed");
        for (String report : REPORTS) {
            assertEquals(503, admin.api(env).get(report).status(), report + " fails closed too");
        }

        redis = EmbeddedServices.startRedis(PORT);
        Api.Response again = null;
        for (int i = 0; i < 50; i++) {
            again = env.api().post("/api/v1/auth/login", Map.of("email", admin.email(), "password", Staff.PASSWORD));
            if (again.status() == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(200, again.status(), again::text);
        assertEquals(401, admin.api(env).get("/api/v1/me").status(), "the old session lived only in Redis");
        assertTrue(env.api().bearer(again.json().get("token").asText()).get("/api/v1/me").status() == 200);
        assertEquals(200, env.api().get("/observe/health/ready").status());
        Api fresh = env.api().bearer(again.json().get("token").asText());
        for (String report : REPORTS) {
            int status = 0;
            for (int i = 0; i < 100 && status != 200; i++) {
                status = fresh.get(report).status();
                Thread.sleep(status == 200 ? 0 : 100);
            }
            assertEquals(200, status, report + ": the leader puts the rollups back into the empty Redis");
        }
    }
}
