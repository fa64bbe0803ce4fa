package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** Request limits with small values: anonymous calls per IP and minute, authenticated per session. */
class RateLimitIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv()
            .with("rate-limit.anonymous-per-minute", "8")
            .with("rate-limit.session-per-minute", "12");

    @Test
    void unauthenticatedCallsAreLimitedPerIpAndMinute() {
        env.clock().set(env.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(1));
        int ok = 0;
        Api.Response last = null;
        for (int i = 0; i < 12; i++) {
            last = env.api().post("/api/v1/auth/login", Map.of("email", "nobody" + i + "@x.th", "password", "x"));
            if (last.status() != 429) {
                ok++;
            }
        }
        assertEquals(8, ok);
        assertEquals(429, last.status());
        assertTrue(Long.parseLong(last.header("Retry-After")) <= 60);
        env.clock().advance(Duration.ofMinutes(1));
        assertEquals(401, env.api().post("/api/v1/auth/login", Map.of("email", "late@x.th", "password", "x"))
                .status(), "a new minute, a new allowance");
    }

    @Test
    void authenticatedCallsAreLimitedPerSessionAndMinute() {
        env.clock().advance(Duration.ofMinutes(2));
        env.clock().set(env.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(1));
        Staff.Person p = new Staff(env).withSession(java.util.Set.of(Role.FINANCE));
        int ok = 0;
        for (int i = 0; i < 15; i++) {
            if (p.api(env).get("/api/v1/me").status() == 200) {
                ok++;
            }
        }
        assertEquals(12, ok);
        assertEquals(429, p.api(env).get("/api/v1/me").status());
        env.clock().advance(Duration.ofMinutes(1));
        assertEquals(200, p.api(env).get("/api/v1/me").status());
    }
}
