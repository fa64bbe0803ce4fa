package th.ac.ums.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.TestEnv;

/**
 * The HTTP contract every answer keeps: security headers, request ids, problem+json for every
 * kind of error (unknown route, wrong method, oversize body, wrong content type, malformed
 * JSON, unexpected failures) with no stack trace or SQL, gzip when asked, health and metrics.
 */
class HttpBasicsIT {
    record Echo(String name, Integer age) {
    }

    @RegisterExtension
    static final TestEnv env = new TestEnv().withRoutes(routes -> routes
            .publicPost("/test/echo", call -> call.ok(call.json(Echo.class)))
            .publicGet("/test/boom", call -> {
                throw new IllegalStateException("secret internal detail at com.example.Foo");
            })
            .publicGet("/test/sql", call -> {
                throw new RuntimeException(new java.sql.SQLSyntaxErrorException(
                        "You have an error in your SQL syntax near 'SELECT password_hash FROM users'", "42000", 1064));
            }));

    private static void assertProblem(Api.Response r, int status) {
        assertEquals(status, r.status(), r::text);
        assertEquals("application/problem+json", r.header("Content-Type"));
        JsonNode body = r.json();
        assertEquals(status, body.get("status").asInt());
        assertNotNull(body.get("title"));
        assertNotNull(body.get("type"));
        if (status == 400) {   // every 400 names what is wrong, the body as a whole on field ""
            assertTrue(body.has("errors") && !body.get("errors").isEmpty(), r::text);
        }
        String text = r.text();
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains("SELECT"), text);
        assertFalse(text.contains("com.example"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndARequestId() {
        Api.Response r = env.api().get("/observe/health/live");
        assertEquals(200, r.status());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertEquals("DENY", r.header("X-Frame-Options"));
        assertEquals("no-referrer", r.header("Referrer-Policy"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", r.header("Content-Security-Policy"));
        assertTrue(r.header("X-Request-Id").matches("[0-9a-f]{24}"));
        Api.Response api = env.api().get("/api/v1/nothing-here");
        assertEquals("no-store", api.header("Cache-Control"));
    }

    @Test
    void aSaneRequestIdIsEchoedAndAHostileOneReplaced() {
        assertEquals("desk-42.abc", env.api().header("X-Request-Id", "desk-42.abc").get("/observe/health/live")
                .header("X-Request-Id"));
        String replaced = env.api().header("X-Request-Id", "<script>alert(1)</script>").get("/observe/health/live")
                .header("X-Request-Id");
        assertTrue(replaced.matches("[0-9a-f]{24}"), replaced);
    }

    @Test
    void unknownRoutesAndWrongMethodsAreProblems() {
        assertProblem(env.api().get("/api/v1/students-typo"), 404);
        Api.Response wrongMethod = env.api().raw("DELETE", "/api/v1/test/echo", null, null);
        assertProblem(wrongMethod, 405);
        assertEquals("POST", wrongMethod.header("Allow"));
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAre400WithFieldErrors() {
        assertProblem(env.api().raw("POST", "/api/v1/test/echo", "{\"name\": ", "application/json"), 400);
        Api.Response wrongType = env.api().post("/api/v1/test/echo", "{\"name\":\"a\",\"age\":\"old\"}");
        assertProblem(wrongType, 400);
        assertEquals("age", wrongType.json().get("errors").get(0).get("field").asText());
        Api.Response unknown = env.api().post("/api/v1/test/echo", "{\"name\":\"a\",\"isAdmin\":true}");
        assertProblem(unknown, 400);
        assertEquals("isAdmin", unknown.json().get("errors").get(0).get("field").asText());
        assertProblem(env.api().post("/api/v1/test/echo", "[1,2,3]"), 400);
        assertProblem(env.api().post("/api/v1/test/echo", "{\"name\":\"a\"} trailing"), 400);
        assertProblem(env.api().post("/api/v1/test/echo", "[".repeat(5000)), 400);
    }

    @Test
    void theRightBodyIsEchoed() {
        Api.Response ok = env.api().post("/api/v1/test/echo", "{\"name\":\"สมชาย\",\"age\":20}");
        assertEquals(200, ok.status());
        assertEquals("สมชาย", ok.json().get("name").asText());
    }

    @Test
    void wrongContentTypeIs415() {
        assertProblem(env.api().raw("POST", "/api/v1/test/echo", "name=a", "application/x-www-form-urlencoded"), 415);
        assertProblem(env.api().raw("POST", "/api/v1/test/echo", "{}", "text/plain"), 415);
    }

    @Test
    void bodiesOverOneMebibyteAre413() {
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(env.api().post("/api/v1/test/echo", big), 413);
        Api.Response fine = env.api().post("/api/v1/test/echo", "{\"name\":\"" + "x".repeat(900_000) + "\"}");
        assertEquals(200, fine.status());
    }

    @Test
    void unexpectedFailuresAre500WithoutInternals() {
        Api.Response r = env.api().get("/api/v1/test/boom");
        assertProblem(r, 500);
        assertTrue(r.json().get("detail").asText().contains(r.header("X-Request-Id")));
        assertProblem(env.api().get("/api/v1/test/sql"), 500);
    }

    @Test
    void answersAreGzippedWhenAsked() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(env.baseUrl() + "/observe/metrics")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes());
        assertTrue(text.contains("hikaricp_connections"));
    }

    @Test
    void readinessNeedsDatabaseAndRedis() {
        Api.Response ready = env.api().get("/observe/health/ready");
        assertEquals(200, ready.status(), ready::text);
        assertTrue(ready.text().contains("\"database\""));
        assertTrue(ready.text().contains("\"redis\""));
    }

    @Test
    void metricsCountRequestsPerRouteAndPoolUse() {
        env.api().post("/api/v1/test/echo", "{\"name\":\"a\"}");
        String metrics = env.api().get("/observe/metrics").text();
        assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\","
                + "route=\"/api/v1/test/echo\",status=\"200\"}"), metrics);
        assertTrue(metrics.contains("ums_db_gate_in_use"));
        assertTrue(metrics.contains("ums_redis_calls"));
        assertTrue(metrics.contains("hikaricp_connections_max"));
    }

    @Test
    void theOpenApiDocumentIsServed() {
        Api.Response r = env.api().get("/openapi");
        assertEquals(200, r.status());
        assertTrue(r.text().startsWith("openapi: 3"));
    }
}
