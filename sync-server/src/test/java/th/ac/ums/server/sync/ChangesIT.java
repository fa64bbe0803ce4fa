package th.ac.ums.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** The change feed and server-sent events: a write on one instance reaches clients of another. */
class ChangesIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Infrastructure otherInfra;
    static ApiServer other;
    static String token;

    @BeforeAll
    static void twoInstances() {
        env.seed(300);
        token = new Staff(env).signedIn(Role.REGISTRAR).token();
        otherInfra = Infrastructure.open(env.settings(), env.clock());
        other = ApiServer.start(otherInfra);
    }

    @AfterAll
    static void stop() {
        other.close();
        otherInfra.close();
    }

    @Test
    void changesSinceASequenceAreListedInOrderAndNextSinceMovesOn() {
        Api api = env.api().bearer(token);
        long latest = api.get("/api/v1/changes?since=latest").json().get("nextSince").asLong();
        JsonNode s = api.get("/api/v1/students?limit=1").json().get("data").get(0);
        api.header("If-Match", s.get("version").asText()).patch("/api/v1/students/" + s.get("id").asLong(),
                Map.of("phone", "089-999-0000"));
        JsonNode changes = api.get("/api/v1/changes?since=" + latest).json();
        assertEquals(1, changes.get("changes").size(), changes.toString());
        JsonNode c = changes.get("changes").get(0);
        assertEquals("student", c.get("entity").asText());
        assertEquals(s.get("id").asText(), c.get("id").asText());
        assertEquals("update", c.get("op").asText());
        assertEquals(c.get("seq").asLong(), changes.get("nextSince").asLong());
        assertEquals(0, api.get("/api/v1/changes?since=" + changes.get("nextSince").asLong()).json().get("changes")
                .size());
        assertEquals(400, api.get("/api/v1/changes?since=yesterday").status());
    }

    @Test
    void aWriteOnOneInstanceReachesAnEventStreamOnTheOther() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.port() + "/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        var future = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        HttpResponse<InputStream> response = future.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // closed at the end of the test
            }
        });
        Thread.sleep(300);
        Api api = env.api().bearer(token);
        JsonNode s = api.get("/api/v1/students?limit=1&sort=-createdAt").json().get("data").get(0);
        api.header("If-Match", s.get("version").asText()).patch("/api/v1/students/" + s.get("id").asLong(),
                Map.of("phone", "089-111-2222"));
        String data = null;
        long deadline = System.currentTimeMillis() + 5000;
        while (data == null && System.currentTimeMillis() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("data:") && line.contains("\"id\":\"" + s.get("id").asText() + "\"")) {
                data = line;
            }
        }
        assertTrue(data != null, "the change arrived on the other instance within 5 s: " + lines);
        assertTrue(data.contains("\"entity\":\"student\""), data);
        reader.interrupt();
        future.cancel(true);
    }
}
