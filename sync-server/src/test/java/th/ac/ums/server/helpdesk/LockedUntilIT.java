package th.ac.ums.server.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.ratelimit.SecondFactorLimiter;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * {@code lockedUntil} on the user shape: the latest end of the running e-mail+IP blocks, the e-mail's
 * own block and the second-factor lock, the same on GET /users, GET /users/{id} and GET
 * /helpdesk/users; exact to the millisecond at its boundary; cleared by the helpdesk's unlock; and a
 * page's locks read in one Redis round trip, whatever the page size.
 */
class LockedUntilIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv()
            .with("server.trusted-proxies", "127.0.0.1")
            .with("rate-limit.login.max-failures", "3")
            .with("rate-limit.login.block", "PT30M")
            .with("rate-limit.login.email-max-failures", "6")
            .with("rate-limit.login.email-block", "PT2H")
            .with("rate-limit.second-factor.max-failures", "2")
            .with("rate-limit.second-factor.lock", "PT45M");
    final Staff staff = new Staff(env);

    private Api.Response wrongPassword(String email, String ip) {
        return env.api().header("X-Forwarded-For", ip).post("/api/v1/auth/login",
                Map.of("email", email, "password", "Wrong-Passw0rd!"));
    }

    /** lockedUntil of the user as each of the three reads answers it (they must agree). */
    private String lockedUntil(Api admin, long id, String email) {
        String one = admin.get("/api/v1/users/" + id).json().get("lockedUntil").asText(null);
        JsonNode listed = admin.get("/api/v1/users?q=" + email).json().get("data").get(0);
        JsonNode found = admin.get("/api/v1/helpdesk/users?q=" + email).json().get("data").get(0);
        assertEquals(one, listed.get("lockedUntil").asText(null), "GET /users");
        assertEquals(one, found.get("lockedUntil").asText(null), "GET /helpdesk/users");
        assertTrue(listed.has("lockedUntil") && found.has("lockedUntil"), "always present, null when not locked");
        return one;
    }

    private static String iso(Instant t) {
        return t.toString();
    }

    @Test
    void theLatestEndOfEveryRunningBlockShowsUntilItEnds() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        String email = staff.uniqueEmail("locked");
        long id = staff.create(email, Role.FINANCE);
        assertEquals(null, lockedUntil(admin, id, email));

        Instant t0 = Instant.ofEpochMilli(env.clock().millis());
        for (int i = 0; i < 3; i++) {
            assertEquals(401, wrongPassword(email, "10.0.0.1").status());
        }
        assertEquals(429, wrongPassword(email, "10.0.0.1").status(), "the pair is blocked");
        assertEquals(iso(t0.plus(Duration.ofMinutes(30))), lockedUntil(admin, id, email), "e-mail+IP block");

        env.clock().advance(Duration.ofMinutes(10));
        SecondFactorLimiter second = env.server().features().security().secondFactorLimiter();
        for (int i = 0; i < 2; i++) {
            assertTrue(second.reserve(id).allowed());
            second.settle(id, false);
        }
        assertEquals(iso(t0.plus(Duration.ofMinutes(55))), lockedUntil(admin, id, email), "second-factor lock");

        for (String ip : List.of("10.0.0.2", "10.0.0.2", "10.0.0.3")) {
            assertEquals(401, wrongPassword(email, ip).status());
        }
        assertEquals(429, wrongPassword(email, "10.0.0.4").status(), "six failures from any IP block the e-mail");
        Instant end = t0.plus(Duration.ofMinutes(130));
        assertEquals(iso(end), lockedUntil(admin, id, email), "e-mail block");

        // (a new session after each jump: the earlier one has been idle past its timeout)
        env.clock().set(end.minusMillis(1));
        assertEquals(iso(end), lockedUntil(staff.signedIn(Role.ADMIN).api(env), id, email), "T-1: still locked");
        env.clock().set(end);
        assertEquals(null, lockedUntil(staff.signedIn(Role.ADMIN).api(env), id, email), "T: every block has ended");
        env.clock().set(end.plusMillis(1));
        assertEquals(null, lockedUntil(staff.signedIn(Role.ADMIN).api(env), id, email), "T+1");
    }

    @Test
    void unlockingClearsIt() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        String email = staff.uniqueEmail("unlock");
        long id = staff.create(email, Role.REGISTRAR);
        for (int i = 0; i < 3; i++) {
            wrongPassword(email, "10.0.1.1");
        }
        assertTrue(lockedUntil(admin, id, email) != null);
        assertEquals(204, helpdesk.post("/api/v1/users/" + id + "/unlock", "").status());
        assertEquals(null, lockedUntil(admin, id, email));
    }

    @Test
    void eachUserOfAPageHasItsOwnAndThePageCostsOneRedisRoundTrip() {
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = "pagelock" + (100 + i) + "@test.ums.ac.th";
            staff.create(email, Role.FINANCE);
            emails.add(email);
        }
        for (int i = 0; i < 3; i++) {
            wrongPassword(emails.get(4), "10.0.2.1");
        }
        JsonNode page = helpdesk.get("/api/v1/helpdesk/users?q=pagelock&limit=30").json().get("data");
        assertEquals(30, page.size());
        for (int i = 0; i < 30; i++) {
            assertEquals(emails.get(i), page.get(i).get("email").asText());
            assertEquals(i == 4, !page.get(i).get("lockedUntil").isNull(), emails.get(i));
        }
        long one = Long.MAX_VALUE;
        long thirty = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            // background work (sweepers, the event bus) may add a call: the least of three tries counts
            one = Math.min(one, redisCalls(() -> helpdesk.get("/api/v1/helpdesk/users?q=pagelock&limit=1")));
            thirty = Math.min(thirty, redisCalls(() -> helpdesk.get("/api/v1/helpdesk/users?q=pagelock&limit=30")));
        }
        assertEquals(one, thirty, "the locks of 30 users cost what the lock of one costs");
    }

    private long redisCalls(Runnable request) {
        var timer = env.infrastructure().metrics().registry().get("ums_redis_calls").timer();
        long before = timer.count();
        request.run();
        return timer.count() - before;
    }
}
