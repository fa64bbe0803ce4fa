package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Login limits in the style of Keycloak's BruteForceTest, with the server's clock moved by the
 * test: 5 failures for an email from one IP block that pair for 30 minutes, the 6th attempt is
 * 429, failures during a block do not extend it, the block lifts after 30 minutes, e-mail case
 * does not matter, and 50 parallel attempts let at most 5 reach the password check.
 */
class BruteForceIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    final Staff staff = new Staff(env);

    private static Api.Response login(String email, String password) {
        return env.api().post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    @Test
    void theSixthFailureIs429AndTheBlockLiftsAfterThirtyMinutes() {
        String email = staff.uniqueEmail("registrar");
        staff.create(email, Role.REGISTRAR);
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, login(email, "Wrong-Passw0rd-" + i).status(), "failure " + i);
        }
        Api.Response sixth = login(email, "Wrong-Passw0rd-6");
        assertEquals(429, sixth.status());
        long retry = Long.parseLong(sixth.header("Retry-After"));
        assertTrue(retry > 29 * 60 && retry <= 30 * 60, "Retry-After " + retry);
        assertEquals(429, login(email, Staff.PASSWORD).status(), "even the right password waits for the block");

        env.clock().advance(Duration.ofMinutes(20));
        assertEquals(429, login(email, "Wrong-Passw0rd-7").status());
        env.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        assertEquals(200, login(email, Staff.PASSWORD).status(),
                "the block lifts 30 minutes after it started: the failures during it did not extend it");
    }

    @Test
    void emailCaseVariantsCountAsTheSameAccount() {
        String email = staff.uniqueEmail("finance");
        staff.create(email, Role.FINANCE);
        String[] variants = {email, email.toUpperCase(), " " + email + " ", capitalised(email), email};
        for (String variant : variants) {
            assertEquals(401, login(variant, "Wrong-Passw0rd!").status());
        }
        assertEquals(429, login(email.toUpperCase(), Staff.PASSWORD).status());
    }

    @Test
    void aSuccessForgetsEarlierFailuresOfThatPair() {
        String email = staff.uniqueEmail("helpdesk");
        staff.create(email, Role.HELPDESK);
        for (int i = 0; i < 4; i++) {
            assertEquals(401, login(email, "Wrong-Passw0rd!").status());
        }
        assertEquals(200, login(email, Staff.PASSWORD).status());
        for (int i = 0; i < 4; i++) {
            assertEquals(401, login(email, "Wrong-Passw0rd!").status());
        }
        assertEquals(200, login(email, Staff.PASSWORD).status());
    }

    @Test
    void fiftyParallelWrongLoginsLetAtMostFiveReachThePasswordCheck() throws Exception {
        String email = staff.uniqueEmail("admin");
        staff.create(email, Role.ADMIN);
        double before = staff.passwordChecks();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> login(email, "Wrong-Passw0rd!").status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        double reached = staff.passwordChecks() - before;
        assertTrue(reached <= 5, reached + " attempts reached the password check");
        assertEquals(reached, statuses.stream().filter(s -> s == 401).count());
        assertEquals(50 - reached, statuses.stream().filter(s -> s == 429).count());
        assertEquals(429, login(email, Staff.PASSWORD).status(), "the pair is blocked now");
    }

    @Test
    void helpdeskUnlockClearsTheLimits() {
        String email = staff.uniqueEmail("registrar");
        long id = staff.create(email, Role.REGISTRAR);
        for (int i = 0; i < 6; i++) {
            login(email, "Wrong-Passw0rd!");
        }
        assertEquals(429, login(email, Staff.PASSWORD).status());
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        assertEquals(204, helpdesk.post("/api/v1/users/" + id + "/unlock", "").status());
        assertEquals(200, login(email, Staff.PASSWORD).status());
        assertTrue(helpdesk.get("/api/v1/audit?action=user.unlocked&entityId=" + id).json().get("data").size() > 0
                || helpdesk.get("/api/v1/audit?action=user.unlocked").json().get("data").size() > 0);
    }

    @Test
    void limitsAreAudited() {
        String email = staff.uniqueEmail("finance");
        staff.create(email, Role.FINANCE);
        for (int i = 0; i < 6; i++) {
            login(email, "Wrong-Passw0rd!");
        }
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        assertTrue(admin.get("/api/v1/audit?action=login.blocked").json().get("data").size() >= 1);
        assertTrue(admin.get("/api/v1/audit?action=login.limited").json().get("data").size() >= 1);
        assertTrue(admin.get("/api/v1/audit?action=login.failure").json().get("data").size() >= 5);
    }

    private static String capitalised(String email) {
        return Character.toUpperCase(email.charAt(0)) + email.substring(1);
    }
}
