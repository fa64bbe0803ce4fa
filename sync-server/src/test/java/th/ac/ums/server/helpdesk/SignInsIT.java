package th.ac.ums.server.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.auth.Totp;
import th.ac.ums.server.paging.ListQueryExplainIT;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * GET /helpdesk/users/{id}/sign-ins: a user's failed sign-ins from the audit trail, newest first,
 * with IP, client (User-Agent) and a reason slug; paged by cursor or page; read from the index
 * (entity, entity_id, action, at), branch by branch, without a filesort of the audit trail.
 */
class SignInsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv()
            .with("rate-limit.login.max-failures", "3")
            .with("rate-limit.second-factor.max-failures", "2");
    final Staff staff = new Staff(env);

    private static Api as(String client) {
        return env.api().header("User-Agent", client);
    }

    private static Api.Response login(String client, String email, String password) {
        return as(client).post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    private Totp totp() {
        return env.server().features().security().totp();
    }

    /** Turns two-factor sign-in on for the person; answers the secret. */
    private String enrol(Staff.Person p) {
        String secret = p.api(env).post("/api/v1/me/2fa/enrollment", "").json().get("secret").asText();
        Api.Response confirmed = p.api(env).post("/api/v1/me/2fa/enrollment/confirm",
                Map.of("code", totp().code(secret, Totp.stepOf(env.clock().instant()))));
        assertEquals(200, confirmed.status(), confirmed::text);
        env.clock().advance(Duration.ofSeconds(30));
        return secret;
    }

    /** A six-digit code that none of the accepted steps (T-1, T, T+1) has. */
    private String wrongCode(String secret) {
        long step = Totp.stepOf(env.clock().instant());
        Set<String> right = Set.of(totp().code(secret, step - 1), totp().code(secret, step),
                totp().code(secret, step + 1));
        return List.of("000000", "111111", "222222", "333333").stream().filter(c -> !right.contains(c))
                .findFirst().orElseThrow();
    }

    private void tick() {
        env.clock().advance(Duration.ofSeconds(1));
    }

    @Test
    void failedSignInsComeNewestFirstWithIpClientAndReason() {
        Staff.Person p = staff.signedIn(Role.FINANCE);
        String secret = enrol(p);
        assertEquals(401, login("agent-1", p.email(), "Wrong-Passw0rd!").status());
        tick();
        String challenge = login("agent-2", p.email(), Staff.PASSWORD).json().get("challenge").asText();
        for (int i = 0; i < 2; i++) {
            assertEquals(401, as("agent-2").post("/api/v1/auth/login/2fa",
                    Map.of("challenge", challenge, "code", wrongCode(secret))).status());
            tick();
        }
        assertEquals(429, login("agent-3", p.email(), Staff.PASSWORD).status(), "second factor locked");
        tick();
        for (int i = 0; i < 3; i++) {
            assertEquals(401, login("agent-4", p.email(), "Wrong-Passw0rd!").status());
            tick();
        }
        assertEquals(429, login("agent-5", p.email(), "Wrong-Passw0rd!").status(), "e-mail+IP blocked");

        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        Api.Response r = helpdesk.get("/api/v1/helpdesk/users/" + p.id() + "/sign-ins");
        assertEquals(200, r.status(), r::text);
        JsonNode data = r.json().get("data");
        List<String> reasons = new ArrayList<>();
        List<String> clients = new ArrayList<>();
        data.forEach(e -> {
            reasons.add(e.get("reason").asText());
            clients.add(e.get("client").asText());
            assertEquals("127.0.0.1", e.get("ip").asText());
            assertEquals(Set.of("at", "ip", "client", "reason"), fields(e));
        });
        assertEquals(List.of("limited", "wrong-password", "wrong-password", "wrong-password", "2fa-limited",
                "wrong-2fa-code", "wrong-2fa-code", "wrong-password"), reasons);
        assertEquals(List.of("agent-5", "agent-4", "agent-4", "agent-4", "agent-3", "agent-2", "agent-2", "agent-1"),
                clients);
        for (int i = 1; i < data.size(); i++) {
            assertTrue(Instant.parse(data.get(i - 1).get("at").asText())
                    .isAfter(Instant.parse(data.get(i).get("at").asText())), data::toString);
        }
        assertEquals(8, r.json().get("total").asLong());
        assertTrue(r.json().get("totalExact").asBoolean());
    }

    @Test
    void aDisabledAccountsSignInsSayDisabled() {
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        Staff.Person p = staff.signedIn(Role.REGISTRAR);
        long version = admin.get("/api/v1/users/" + p.id()).json().get("version").asLong();
        assertEquals(200, admin.header("If-Match", String.valueOf(version))
                .patch("/api/v1/users/" + p.id(), Map.of("disabled", true)).status());
        assertEquals(401, login("agent-6", p.email(), Staff.PASSWORD).status());
        JsonNode e = admin.get("/api/v1/helpdesk/users/" + p.id() + "/sign-ins").json().get("data").get(0);
        assertEquals("disabled", e.get("reason").asText());
        assertEquals("agent-6", e.get("client").asText());
    }

    @Test
    void onlyHelpdeskAndAdministratorsReadThemAndTheUserMustExist() {
        long id = staff.create(staff.uniqueEmail("quiet"), Role.FINANCE);
        assertEquals(403, staff.signedIn(Role.FINANCE).api(env).get("/api/v1/helpdesk/users/" + id + "/sign-ins")
                .status());
        Api.Response none = staff.signedIn(Role.HELPDESK).api(env).get("/api/v1/helpdesk/users/" + id + "/sign-ins");
        assertEquals(200, none.status());
        assertEquals(0, none.json().get("data").size());
        assertEquals(0, none.json().get("total").asLong());
        assertEquals(404, staff.signedIn(Role.ADMIN).api(env).get("/api/v1/helpdesk/users/99999999/sign-ins")
                .status());
    }

    /** 250 failures (five runs of 50 at the same millisecond) among other events: every one once, in order. */
    @Test
    void cursorsAndPagesWalkEveryFailureOnceThroughTiesAndOtherEvents() throws Exception {
        long id = staff.create(staff.uniqueEmail("hammered"), Role.FINANCE);
        long other = staff.create(staff.uniqueEmail("neighbour"), Role.FINANCE);
        LocalDateTime base = LocalDateTime.of(2026, 3, 1, 8, 0);
        env.infrastructure().db().jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_events (at, actor_id, actor_email, "
                    + "action, entity, entity_id, ip, after_json) VALUES (?, NULL, 'x', ?, 'user', ?, '10.9.9.9', ?)")) {
                for (int n = 0; n < 250; n++) {
                    insert(ps, base.plusSeconds(n / 50), SignInHistory.ACTIONS.get(n % 4), id,
                            "{\"reason\":\"wrong-password\",\"client\":\"c-" + n + "\"}");
                    insert(ps, base.plusSeconds(n / 50), "login.password-accepted", id, "{\"client\":\"no\"}");
                    insert(ps, base.plusSeconds(n / 50), "login.failure", other, "{\"client\":\"no\"}");
                }
                ps.executeBatch();
            }
            return null;
        });
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        String path = "/api/v1/helpdesk/users/" + id + "/sign-ins?limit=100";
        List<String> walked = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = helpdesk.get(path + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("data").forEach(e -> walked.add(e.get("client").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            cursors.add(cursor);
        } while (cursor != null);
        List<String> expected = new ArrayList<>();
        for (int n = 249; n >= 0; n--) {
            expected.add("c-" + n);
        }
        assertEquals(expected, walked, "newest first, ties by arrival, each once");

        JsonNode second = helpdesk.get(path + "&cursor=" + cursors.get(0)).json();
        JsonNode back = helpdesk.get(path + "&cursor=" + second.get("prevCursor").asText()).json();
        assertEquals("c-249", back.get("data").get(0).get("client").asText(), "back to the first page");
        assertEquals(100, back.get("data").size());
        assertTrue(back.get("prevCursor").isNull(), "the first page has nothing before it");
        JsonNode offset = helpdesk.get(path + "&page=2").json();
        assertEquals(second.get("data"), offset.get("data"), "page 2 is the second cursor page");
        assertEquals(2, offset.get("page").asInt());
        assertEquals(250, offset.get("total").asLong());

        Api.Response foreign = helpdesk.get("/api/v1/helpdesk/users/" + other + "/sign-ins?limit=100&cursor="
                + cursors.get(0));
        assertEquals(400, foreign.status(), "a cursor belongs to its user's list");
        assertEquals("cursor", foreign.json().get("errors").get(0).get("field").asText());
        Api.Response deep = helpdesk.get(path + "&page=101");
        assertEquals(400, deep.status(), "offset pages stop at 10,000 rows");
        assertEquals("page", deep.json().get("errors").get(0).get("field").asText());
    }

    private static void insert(PreparedStatement ps, LocalDateTime at, String action, long userId, String after)
            throws SQLException {
        ps.setTimestamp(1, Timestamp.valueOf(at));
        ps.setString(2, action);
        ps.setString(3, String.valueOf(userId));
        ps.setString(4, after);
        ps.addBatch();
    }

    @Test
    void everyBranchReadsTheSignInIndexInOrderWithoutAFilesort() {
        for (boolean withCursor : new boolean[] {false, true}) {
            for (boolean backward : new boolean[] {false, true}) {
                List<Object> params = new ArrayList<>();
                List<Object> position = withCursor ? List.of("2026-03-01 08:00:03.000", 1234L) : null;
                String sql = SignInHistory.pageSql("42", 21, withCursor ? 0 : 40, position, backward, params);
                List<String> problems = new ArrayList<>();
                List<String> keys = new ArrayList<>();
                env.infrastructure().db().jdbc(c -> {
                    ListQueryExplainIT.explainRows(c, sql, params, problems);
                    keys.addAll(auditKeys(c, sql, params));
                    return null;
                });
                assertEquals(List.of(), problems, sql);
                assertEquals(List.of("ix_audit_entity_action_at", "ix_audit_entity_action_at",
                        "ix_audit_entity_action_at", "ix_audit_entity_action_at"), keys, sql);
            }
        }
    }

    /** The index each read of audit_events uses, by EXPLAIN. */
    private static List<String> auditKeys(Connection c, String sql, List<Object> params) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("ae".equals(rs.getString("table"))) {
                        keys.add(rs.getString("key"));
                        String extra = String.valueOf(rs.getString("Extra"));
                        assertTrue(!extra.contains("filesort") && !extra.contains("temporary"), extra);
                    }
                }
            }
        }
        return keys;
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
