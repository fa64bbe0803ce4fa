package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** Signing in and out, the caller's identity, and what a refused sign-in reveals (nothing). */
class LoginIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    final Staff staff = new Staff(env);

    private static Api.Response login(String email, String password) {
        return env.api().post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    private double passwordChecks() {
        String metrics = env.api().get("/observe/metrics").text();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("ums_login_password_checks_total")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    @Test
    void aStaffMemberSignsInWithAnyCaseOfTheEmailAndSeesThemselves() {
        String email = staff.uniqueEmail("registrar");
        staff.create(email, Role.REGISTRAR);
        Api.Response r = login(email.toUpperCase(), Staff.PASSWORD);
        assertEquals(200, r.status(), r::text);
        JsonNode body = r.json();
        assertNotNull(body.get("token").asText());
        assertNotNull(body.get("expiresAt").asText());
        assertEquals(email, body.get("user").get("email").asText());
        assertEquals("REGISTRAR", body.get("user").get("roles").get(0).asText());
        JsonNode me = env.api().bearer(body.get("token").asText()).get("/api/v1/me").json();
        assertEquals(email, me.get("user").get("email").asText());
        assertFalse(me.get("twoFactorEnabled").asBoolean());
        assertTrue(me.get("sessionId").asText().length() >= 22);
    }

    @Test
    void unknownEmailWrongPasswordAndDisabledUserGetTheSameAnswerAndTheSameWork() {
        String email = staff.uniqueEmail("finance");
        long id = staff.create(email, Role.FINANCE);
        String disabled = staff.uniqueEmail("finance");
        long disabledId = staff.create(disabled, Role.FINANCE);
        env.infrastructure().db().write(tx -> tx.dml("UPDATE users SET disabled = TRUE WHERE id = ?", disabledId));
        double before = passwordChecks();
        Api.Response unknown = login("nobody-" + email, Staff.PASSWORD);
        Api.Response wrong = login(email, "Wrong-Passw0rd!");
        Api.Response off = login(disabled, Staff.PASSWORD);
        assertEquals(401, unknown.status());
        assertEquals(unknown.text(), wrong.text());
        assertEquals(unknown.text(), off.text());
        assertEquals(3.0, passwordChecks() - before, "every refused sign-in computed one password hash");
        assertTrue(id > 0);
    }

    @Test
    void blankFieldsAre400NotGuesses() {
        Api.Response r = env.api().post("/api/v1/auth/login", "{\"email\":\"\",\"password\":\"\"}");
        assertEquals(400, r.status());
        assertEquals(2, r.json().get("errors").size());
        assertEquals(400, env.api().post("/api/v1/auth/login", "{\"email\":\"a@b.c\"}").status());
    }

    @Test
    void domainUsersCannotSignInToTheConsole() {
        String email = staff.uniqueEmail("student");
        staff.create(email, Role.STUDENT);
        assertEquals(403, login(email, Staff.PASSWORD).status());
    }

    @Test
    void logoutKillsTheTokenAtOnce() {
        Staff.Person p = staff.signedIn(Role.HELPDESK);
        Api api = p.api(env);
        assertEquals(200, api.get("/api/v1/me").status());
        assertEquals(204, api.post("/api/v1/auth/logout", "").status());
        assertEquals(401, api.get("/api/v1/me").status());
        Api.Response history = staff.signedIn(Role.HELPDESK).api(env)
                .get("/api/v1/sessions/history?userId=" + p.id());
        assertEquals("logout", history.json().get("data").get(0).get("reason").asText());
    }

    @Test
    void missingOrMalformedBearerIs401WithTheChallengeHeader() {
        Api.Response none = env.api().get("/api/v1/me");
        assertEquals(401, none.status());
        assertEquals("Bearer", none.header("WWW-Authenticate"));
        assertEquals(401, env.api().header("Authorization", "Basic YTpi").get("/api/v1/me").status());
        assertEquals(401, env.api().bearer("not.a.jwt").get("/api/v1/me").status());
    }

    @Test
    void sessionsEndAfterThirtyIdleMinutesAndAfterTwelveHoursAtMost() {
        Staff.Person p = staff.signedIn(Role.FINANCE);
        Api api = p.api(env);
        env.clock().advance(Duration.ofMinutes(29));
        assertEquals(200, api.get("/api/v1/me").status(), "activity within 30 minutes keeps the session");
        env.clock().advance(Duration.ofMinutes(30).plusSeconds(1));
        assertEquals(401, api.get("/api/v1/me").status());

        Staff.Person busy = staff.signedIn(Role.FINANCE);
        for (int i = 0; i < 24; i++) {
            env.clock().advance(Duration.ofMinutes(29));
            assertEquals(200, busy.api(env).get("/api/v1/me").status(), "hour " + (i * 29 / 60));
        }
        env.clock().advance(Duration.ofMinutes(29));
        assertEquals(401, busy.api(env).get("/api/v1/me").status(), "12 hours is the absolute limit");
    }

    @Test
    void passwordHashesWithOldParametersAreUpgradedAtSignIn() {
        String email = staff.uniqueEmail("admin");
        long id = staff.create(email, Role.ADMIN);
        String weak = new PasswordHasher(4096, 1, 1, 2, Duration.ofSeconds(5)).hash(Staff.PASSWORD);
        env.infrastructure().db().write(tx -> tx.dml("UPDATE users SET password_hash = ? WHERE id = ?", weak, id));
        assertEquals(200, login(email, Staff.PASSWORD).status());
        String stored = env.infrastructure().db().readPrimary(exec -> exec.get(
                "SELECT password_hash FROM users WHERE id = ?", id)).orElseThrow().column("password_hash").getString();
        assertTrue(stored.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored);
    }
}
