package th.ac.ums.server.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * The version handshake on the real server: which consoles are served, answered without signing in;
 * a console older than the minimum refused with 426 on every call (a valid token does not help) and
 * nothing recorded; other clients and developer builds never refused; each session's console
 * version on the helpdesk's list; desks per version as JSON and as a metric.
 */
class ClientVersionsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv()
            .with("server.trusted-proxies", "127.0.0.1")
            .with("clients.minimum-version", "1.1.0")
            .with("clients.latest-version", "1.3.0")
            .with("clients.download-url", "https://it.ums.ac.th/console/");
    final Staff staff = new Staff(env);

    static String console(String version) {
        return "UMS-Console/" + version + " (Windows 11; Java 25)";
    }

    private static Api as(String userAgent, String ip) {
        return env.api().header("User-Agent", userAgent).header("X-Forwarded-For", ip);
    }

    @Test
    void anyoneMayAskWhichConsolesAreServedAndWhatTheServerMakesOfTheirs() {
        Map<String, String> statuses = Map.of("1.0.9", "UNSUPPORTED", "1.1.0", "UPDATE_AVAILABLE",
                "1.2.7", "UPDATE_AVAILABLE", "1.3.0", "CURRENT", "1.3.0-SNAPSHOT", "CURRENT", "2.0", "CURRENT");
        statuses.forEach((version, status) -> {
            Api.Response r = as(console(version), "10.9.0.1").get("/api/v1/client-versions");
            assertEquals(200, r.status(), r::text);
            JsonNode j = r.json();
            assertEquals("1.1.0", j.get("minimumVersion").asText());
            assertEquals("1.3.0", j.get("latestVersion").asText());
            assertEquals("https://it.ums.ac.th/console/", j.get("downloadUrl").asText());
            assertEquals(status, j.get("status").asText(), version);
        });
        JsonNode curl = as("curl/8.5.0", "10.9.0.1").get("/api/v1/client-versions").json();
        assertTrue(curl.get("yourVersion").isNull() && curl.get("status").isNull(), curl.toString());
    }

    @Test
    void aConsoleOlderThanTheMinimumIsRefusedOnEveryCallWithTheLinkAndNothingIsRecorded() {
        Staff.Person clerk = staff.signedIn(Role.REGISTRAR);
        Api.Response login = as(console("1.0.4"), "10.9.0.2").post("/api/v1/auth/login",
                Map.of("email", clerk.email(), "password", Staff.PASSWORD));
        assertEquals(426, login.status(), login::text);
        assertTrue(login.header("Content-Type").startsWith("application/problem+json"));
        JsonNode p = login.json();
        assertEquals("https://ums.ac.th/problems/console-update-required", p.get("type").asText());
        assertEquals("1.0.4", p.get("yourVersion").asText());
        assertEquals("1.1.0", p.get("minimumVersion").asText());
        assertEquals("1.3.0", p.get("latestVersion").asText());
        assertEquals("https://it.ums.ac.th/console/", p.get("downloadUrl").asText());
        assertTrue(p.get("detail").asText().contains("https://it.ums.ac.th/console/"), p.toString());
        assertEquals("UMS-Console/1.3.0", login.header("Upgrade"));
        // the refused sign-in made no session
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        JsonNode sessions = helpdesk.get("/api/v1/sessions?email=" + clerk.email()).json().get("data");
        assertEquals(1, sessions.size(), "only the session staff.signedIn made: " + sessions);

        // a valid token from an old console is refused too; the same token from anything else is served
        Api token = clerk.api(env);
        assertEquals(426, token.header("User-Agent", console("1.0.4")).get("/api/v1/me").status());
        assertEquals(426, token.header("User-Agent", console("0.9")).get("/api/v1/students?limit=1").status());
        for (String agent : new String[] {console("1.1.0"), console("1.3.0"), "UMS-Console/dev (Linux; Java 25)",
                "curl/8.5.0"}) {
            assertEquals(200, token.header("User-Agent", agent).get("/api/v1/me").status(), agent);
        }
    }

    @Test
    void helpdeskSeesEachSessionsConsoleVersionAndItCountsDesksPerVersion() {
        Staff.Person a = staff.signedIn(Role.REGISTRAR);
        for (String[] desk : new String[][] {{"1.2.0", "10.7.0.1"}, {"1.2.0", "10.7.0.2"}, {"1.2.0", "10.7.0.2"},
                {"1.3.0", "10.7.0.3"}}) {
            Api.Response r = as(console(desk[0]), desk[1]).post("/api/v1/auth/login",
                    Map.of("email", a.email(), "password", Staff.PASSWORD));
            assertEquals(200, r.status(), r::text);
        }
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        JsonNode sessions = helpdesk.get("/api/v1/sessions?email=" + a.email()).json().get("data");
        assertEquals(5, sessions.size(), sessions.toString());
        Map<String, Integer> byVersion = new java.util.TreeMap<>();
        sessions.forEach(s -> byVersion.merge(s.get("consoleVersion").asText("none"), 1, Integer::sum));
        assertEquals(Map.of("1.2.0", 3, "1.3.0", 1, "none", 1), byVersion, "staff.signedIn is not a console");

        env.clock().advance(DeskCounts.MAX_AGE.plus(Duration.ofSeconds(1))); // past an earlier test's count
        JsonNode desks = helpdesk.get("/api/v1/client-versions/desks").json();
        assertEquals("1.1.0", desks.get("minimumVersion").asText());
        Map<String, JsonNode> versions = new java.util.HashMap<>();
        desks.get("versions").forEach(v -> versions.put(v.get("version").asText(), v));
        assertEquals(2, versions.get("1.2.0").get("desks").asInt(), "two addresses, three sessions");
        assertEquals(3, versions.get("1.2.0").get("sessions").asInt());
        assertEquals("UPDATE_AVAILABLE", versions.get("1.2.0").get("status").asText());
        assertEquals("CURRENT", versions.get("1.3.0").get("status").asText());
        assertTrue(versions.get("other").get("status").isNull());
        assertEquals("1.3.0", desks.get("versions").get(0).get("version").asText(), "newest first");
        assertTrue(desks.get("desks").asInt() >= 3, desks.toString());

        String metrics = env.api().get("/observe/metrics").text();
        double gauge = metrics.lines().filter(l -> l.startsWith("ums_console_desks{version=\"1.2.0\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
        assertEquals(2.0, gauge, metrics.lines().filter(l -> l.contains("console")).toList().toString());
        assertEquals(403, staff.signedIn(Role.REGISTRAR).api(env).get("/api/v1/client-versions/desks").status());
    }

    @Test
    void versionsAreReadAsNumbers() {
        assertTrue(ConsoleVersion.parse("1.10.0").compareTo(ConsoleVersion.parse("1.9.9")) > 0);
        assertEquals(ConsoleVersion.parse("1.2"), ConsoleVersion.parse("1.2.0"));
        assertEquals(java.util.Optional.empty(), ConsoleVersion.fromUserAgent("Mozilla/5.0 UMS-Console/1.0.0"));
        assertEquals(java.util.Optional.empty(), ConsoleVersion.fromUserAgent("UMS-Console/dev (Linux; Java 25)"));
        assertEquals("1.4.2", ConsoleVersion.fromUserAgent("UMS-Console/1.4.2+build.7 (x)").orElseThrow().toString());
    }
}
