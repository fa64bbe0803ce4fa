package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Helpdesk: see a user's sessions, revoke one or all, read the ended ones, password change. */
class HelpdeskIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    final Staff staff = new Staff(env);

    @Test
    void activeSessionsShowIpClientStartLastSeenAndExpiry() {
        Staff.Person p = staff.signedIn(Role.FINANCE);
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        JsonNode page = helpdesk.get("/api/v1/sessions?email=" + p.email().toUpperCase()).json();
        assertEquals(1, page.get("data").size());
        JsonNode s = page.get("data").get(0);
        assertEquals(p.id(), s.get("userId").asLong());
        assertEquals("127.0.0.1", s.get("ip").asText());
        assertTrue(s.get("client").asText().startsWith("Java-http-client"), s.toString());
        for (String field : new String[] {"id", "createdAt", "lastSeenAt", "expiresAt", "roles", "email"}) {
            assertNotNull(s.get(field), field);
        }
        JsonNode all = helpdesk.get("/api/v1/sessions?limit=100").json();
        assertTrue(all.get("data").size() >= 2);
        assertEquals(helpdesk.get("/api/v1/sessions?userId=" + p.id()).json().get("data").size(), 1);
    }

    /** Found by an independent tester: a helpdesk agent could sign out an administrator and strip their 2FA. */
    @Test
    void onlyAnAdministratorActsAgainstAnAdministratorsAccount() {
        Staff.Person admin = staff.signedIn(Role.ADMIN);
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        String sessionId = admin.api(env).get("/api/v1/me").json().get("sessionId").asText();
        for (Api.Response r : java.util.List.of(helpdesk.delete("/api/v1/sessions/" + sessionId),
                helpdesk.delete("/api/v1/users/" + admin.id() + "/sessions"),
                helpdesk.delete("/api/v1/users/" + admin.id() + "/2fa"))) {
            assertEquals(403, r.status(), r::text);
            assertTrue(r.json().get("detail").asText().contains("administrator"), r::text);
        }
        assertEquals(200, admin.api(env).get("/api/v1/me").status(), "the administrator is still signed in");
        assertEquals(204, helpdesk.post("/api/v1/users/" + admin.id() + "/unlock", "").status(),
                "unlocking only helps, so the helpdesk may");
        Api otherAdmin = staff.signedIn(Role.ADMIN).api(env);
        assertEquals(204, otherAdmin.delete("/api/v1/users/" + admin.id() + "/sessions").status());
        assertEquals(401, admin.api(env).get("/api/v1/me").status());
    }

    @Test
    void resettingTwoFactorThatIsNotOnIsAConflictAndEndsNoSession() {
        Staff.Person p = staff.signedIn(Role.FINANCE);
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        Api.Response r = helpdesk.delete("/api/v1/users/" + p.id() + "/2fa");
        assertEquals(409, r.status(), r::text);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::text);
        assertEquals("Two-factor sign-in is not on for this user.", r.json().get("detail").asText());
        assertEquals(200, p.api(env).get("/api/v1/me").status(), "the user is still signed in");
        assertEquals(0, helpdesk.get("/api/v1/sessions/history?userId=" + p.id()).json().get("data").size(),
                "no session ended");
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        assertEquals(0, admin.get("/api/v1/audit?action=2fa.reset&entityId=" + p.id()).json().get("data").size(),
                "nothing reset, nothing audited");
        assertEquals(409, admin.delete("/api/v1/users/" + p.id() + "/2fa").status(), "the same for an administrator");
        assertEquals(404, helpdesk.delete("/api/v1/users/99999999/2fa").status());
    }

    @Test
    void revokeOneAndRevokeAllEndExactlyThoseSessions() {
        Staff.Person p = staff.signedIn(Role.REGISTRAR);
        String second = staff.login(p.email(), Staff.PASSWORD);
        String third = staff.login(p.email(), Staff.PASSWORD);
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        String secondId = env.api().bearer(second).get("/api/v1/me").json().get("sessionId").asText();
        assertEquals(204, helpdesk.delete("/api/v1/sessions/" + secondId).status());
        assertEquals(401, env.api().bearer(second).get("/api/v1/me").status());
        assertEquals(200, env.api().bearer(third).get("/api/v1/me").status());
        assertEquals(404, helpdesk.delete("/api/v1/sessions/" + secondId).status());
        assertEquals(204, helpdesk.delete("/api/v1/users/" + p.id() + "/sessions").status());
        assertEquals(401, env.api().bearer(third).get("/api/v1/me").status());
        assertEquals(401, p.api(env).get("/api/v1/me").status());
        JsonNode history = helpdesk.get("/api/v1/sessions/history?userId=" + p.id()).json().get("data");
        assertEquals(3, history.size());
        history.forEach(h -> {
            assertEquals("revoked", h.get("reason").asText());
            assertTrue(h.get("endedByEmail").asText().startsWith("helpdesk"));
        });
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        assertEquals(3, admin.get("/api/v1/audit?action=session.revoked").json().get("data").size()
                - countOtherRevocations(admin, p.id()));
    }

    private int countOtherRevocations(Api admin, long userId) {
        int other = 0;
        for (JsonNode e : admin.get("/api/v1/audit?action=session.revoked&limit=100").json().get("data")) {
            if (e.get("after").get("userId").asLong() != userId) {
                other++;
            }
        }
        return other;
    }

    @Test
    void idleSessionsEndUpInTheHistoryAsExpired() {
        Staff.Person p = staff.signedIn(Role.FINANCE);
        env.clock().advance(Duration.ofMinutes(31));
        int swept = env.server().features().security().sweeper().sweep();
        assertTrue(swept >= 1);
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        JsonNode history = helpdesk.get("/api/v1/sessions/history?userId=" + p.id()).json().get("data");
        assertEquals("expired", history.get(0).get("reason").asText());
    }

    @Test
    void changingThePasswordEndsEveryOtherSession() {
        Staff.Person p = staff.signedIn(Role.ADMIN);
        String other = staff.login(p.email(), Staff.PASSWORD);
        Api api = p.api(env);
        Api.Response wrong = api.post("/api/v1/me/password", Map.of("currentPassword", "nope",
                "newPassword", "Brand-New-Passw0rd!"));
        assertEquals(400, wrong.status());
        assertEquals("currentPassword", wrong.json().get("errors").get(0).get("field").asText());
        Api.Response weak = api.post("/api/v1/me/password", Map.of("currentPassword", Staff.PASSWORD,
                "newPassword", "password1"));
        assertEquals(400, weak.status());
        assertEquals(204, api.post("/api/v1/me/password", Map.of("currentPassword", Staff.PASSWORD,
                "newPassword", "Brand-New-Passw0rd!")).status());
        assertEquals(200, api.get("/api/v1/me").status(), "the session that changed it stays");
        assertEquals(401, env.api().bearer(other).get("/api/v1/me").status());
        assertEquals(200, env.api().post("/api/v1/auth/login", Map.of("email", p.email(), "password",
                "Brand-New-Passw0rd!")).status());
        assertEquals(401, env.api().post("/api/v1/auth/login", Map.of("email", p.email(), "password",
                Staff.PASSWORD)).status());
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        assertEquals("password-change", helpdesk.get("/api/v1/sessions/history?userId=" + p.id()).json()
                .get("data").get(0).get("reason").asText());
    }

    @Test
    void myOwnSessionsCanBeListedAndEndedButNotSomeoneElses() {
        Staff.Person p = staff.signedIn(Role.REGISTRAR);
        String phone = staff.login(p.email(), Staff.PASSWORD);
        JsonNode mine = p.api(env).get("/api/v1/me/sessions").json().get("data");
        assertEquals(2, mine.size());
        String phoneId = env.api().bearer(phone).get("/api/v1/me").json().get("sessionId").asText();
        Staff.Person stranger = staff.signedIn(Role.REGISTRAR);
        assertEquals(404, stranger.api(env).delete("/api/v1/me/sessions/" + phoneId).status());
        assertEquals(204, p.api(env).delete("/api/v1/me/sessions/" + phoneId).status());
        assertEquals(401, env.api().bearer(phone).get("/api/v1/me").status());
    }
}
