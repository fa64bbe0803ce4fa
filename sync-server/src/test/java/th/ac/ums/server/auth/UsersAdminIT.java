package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** User administration: create under the password policy, edit under If-Match, disable, roles. */
class UsersAdminIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    final Staff staff = new Staff(env);

    private JsonNode create(Api admin, String email, List<String> roles) {
        Api.Response r = admin.post("/api/v1/users", Map.of("email", email, "displayName", "นางสาว ทดสอบ ระบบ",
                "roles", roles, "password", "Another-Str0ng-Pass!"));
        assertEquals(201, r.status(), r::text);
        assertEquals("/api/v1/users/" + r.json().get("id").asLong(), r.header("Location"));
        return r.json();
    }

    @Test
    void anAdminCreatesAUserWhoCanSignInAtOnce() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        String email = staff.uniqueEmail("new");
        JsonNode user = create(admin, email.toUpperCase(), List.of("REGISTRAR", "FINANCE"));
        assertEquals(email, user.get("email").asText());
        assertEquals(1, user.get("version").asLong());
        assertEquals(List.of("REGISTRAR", "FINANCE"), List.of(user.get("roles").get(0).asText(),
                user.get("roles").get(1).asText()));
        assertFalse(user.get("twoFactorEnabled").asBoolean());
        assertEquals(200, env.api().post("/api/v1/auth/login", Map.of("email", email, "password",
                "Another-Str0ng-Pass!")).status());
        assertEquals(1, admin.get("/api/v1/audit?action=user.created&entity=user&entityId=" + user.get("id").asText())
                .json().get("data").size());
    }

    @Test
    void weakPasswordsBadFieldsAndDuplicatesAreRefused() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        Api.Response weak = admin.post("/api/v1/users", Map.of("email", staff.uniqueEmail("x"), "displayName", "X",
                "roles", List.of("FINANCE"), "password", "Password123!"));
        assertEquals(400, weak.status());
        assertEquals("password", weak.json().get("errors").get(0).get("field").asText());
        Api.Response bad = admin.post("/api/v1/users", Map.of("email", "not-an-email", "displayName", "",
                "roles", List.of("WIZARD"), "password", "Another-Str0ng-Pass!"));
        assertEquals(400, bad.status());
        assertEquals(3, bad.json().get("errors").size());
        String email = staff.uniqueEmail("dup");
        create(admin, email, List.of("HELPDESK"));
        Api.Response dup = admin.post("/api/v1/users", Map.of("email", email, "displayName", "Again",
                "roles", List.of("HELPDESK"), "password", "Another-Str0ng-Pass!"));
        assertEquals(409, dup.status());
    }

    @Test
    void editsNeedTheCurrentVersion() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        JsonNode user = create(admin, staff.uniqueEmail("edit"), List.of("FINANCE"));
        String path = "/api/v1/users/" + user.get("id").asLong();
        assertEquals(428, admin.patch(path, Map.of("displayName", "A")).status());
        Api.Response ok = admin.header("If-Match", "1").patch(path, Map.of("displayName", "Renamed"));
        assertEquals(200, ok.status(), ok::text);
        assertEquals(2, ok.json().get("version").asLong());
        assertEquals("\"2\"", ok.header("ETag"));
        Api.Response stale = admin.header("If-Match", "1").patch(path, Map.of("displayName", "Lost update"));
        assertEquals(412, stale.status());
        assertEquals(2, stale.json().get("currentVersion").asLong());
        assertEquals("Renamed", admin.get(path).json().get("displayName").asText());
        assertEquals(400, admin.header("If-Match", "2").patch(path, Map.of("password", "x")).status(),
                "unknown fields are refused");
    }

    @Test
    void disablingEndsEverySessionAtOnce() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        Staff.Person victim = staff.signedIn(Role.REGISTRAR);
        Staff.Person secondDevice = new Staff.Person(victim.id(), victim.email(),
                staff.login(victim.email(), Staff.PASSWORD));
        Api.Response r = admin.header("If-Match", "1").patch("/api/v1/users/" + victim.id(), Map.of("disabled", true));
        assertEquals(200, r.status(), r::text);
        assertEquals(401, victim.api(env).get("/api/v1/me").status());
        assertEquals(401, secondDevice.api(env).get("/api/v1/me").status());
        assertEquals(401, env.api().post("/api/v1/auth/login", Map.of("email", victim.email(),
                "password", Staff.PASSWORD)).status());
        JsonNode history = admin.get("/api/v1/sessions/history?userId=" + victim.id()).json().get("data");
        assertEquals(2, history.size());
        assertEquals("disabled", history.get(0).get("reason").asText());
        assertTrue(admin.get("/api/v1/audit?action=user.disabled").json().get("data").size() >= 1);
    }

    @Test
    void aRoleChangeReachesLiveSessionsAtOnce() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        Staff.Person p = staff.signedIn(Role.HELPDESK);
        assertEquals(200, p.api(env).get("/api/v1/sessions").status());
        admin.header("If-Match", "1").patch("/api/v1/users/" + p.id(), Map.of("roles", List.of("FINANCE")));
        assertEquals(403, p.api(env).get("/api/v1/sessions").status());
    }

    @Test
    void theLastAdministratorCannotBeLockedOut() {
        TestEnv solo = env;
        Api admin = staff.signedIn(Role.ADMIN).api(solo);
        long selfId = admin.get("/api/v1/me").json().get("user").get("id").asLong();
        Api.Response self = admin.header("If-Match", "1").patch("/api/v1/users/" + selfId, Map.of("disabled", true));
        assertEquals(409, self.status());
    }

    @Test
    void theListFiltersByRoleAndSearchesEmailAndName() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        String email = staff.uniqueEmail("searchme");
        create(admin, email, List.of("HELPDESK"));
        JsonNode byRole = admin.get("/api/v1/users?role=HELPDESK&limit=100").json();
        byRole.get("data").forEach(u -> assertTrue(u.get("roles").toString().contains("HELPDESK")));
        JsonNode byQuery = admin.get("/api/v1/users?q=" + email.substring(0, 10)).json();
        assertEquals(email, byQuery.get("data").get(0).get("email").asText());
        assertEquals(400, admin.get("/api/v1/users?role=KING").status());
    }
}
