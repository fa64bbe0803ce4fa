package th.ac.ums.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.SseClient.Event;
import th.ac.ums.server.testing.SseClient;
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

    @Test
    void everyReplayedEventCarriesItsOwnSequenceAsItsId() throws Exception {
        long start = latest();
        patchStudents(3);
        List<Event> replay;
        try (SseClient stream = SseClient.open(events("?since=" + start), token, Map.of())) {
            replay = stream.withData(3, Duration.ofSeconds(5));
        }
        assertEquals(changesSince(start), seqs(replay));
        assertEachIdIsItsSeq(replay);
    }

    @Test
    void aReplayCutAfterItsFirstEventResumesFromThatEventWithNothingLostOrRepeated() throws Exception {
        long start = latest();
        patchStudents(4);
        List<Event> seen = new ArrayList<>();
        try (SseClient stream = SseClient.open(events("?since=" + start), token, Map.of())) {
            seen.add(stream.nextWithData(Duration.ofSeconds(5)).orElseThrow());
        }
        resume(seen, 3);
        assertEquals(changesSince(start), seqs(seen));
        assertEachIdIsItsSeq(seen);
    }

    /**
     * A change that takes its sequence number first but commits second must not be overtaken on the
     * stream: a client cut after the later one would resume past the earlier one and never see it.
     */
    @Test
    void aLiveStreamSendsChangesInSequenceOrderAndResumesAfterACutWithNothingLost() throws Exception {
        patchStudents(1);
        long start = latest();
        List<Event> seen = new ArrayList<>();
        try (SseClient stream = SseClient.open(events(""), token, Map.of())) {
            assertEquals(String.valueOf(start), stream.next(Duration.ofSeconds(5)).orElseThrow().id());
            CountDownLatch taken = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Thread slow = Thread.ofVirtual().start(() -> commitLate(taken, commit));
            taken.await();
            patchStudents(1);
            assertTrue(stream.nextWithData(Duration.ofMillis(700)).isEmpty(),
                    "a change was sent while an earlier sequence number had not committed");
            commit.countDown();
            slow.join();
            seen.add(stream.nextWithData(Duration.ofSeconds(5)).orElseThrow());
        }
        patchStudents(1);
        resume(seen, 2);
        assertEquals(changesSince(start), seqs(seen));
        assertEquals(3, seen.size());
        assertEachIdIsItsSeq(seen);
    }

    /**
     * A write that takes a sequence number and then fails leaves a gap for good; the stream is told
     * at once, so the next change is not held back until the log treats the gap as settled (30 s).
     */
    @Test
    void aChangeAfterARolledBackWriteIsNotHeldBack() throws Exception {
        patchStudents(1);
        try (SseClient stream = SseClient.open(events(""), token, Map.of())) {
            stream.next(Duration.ofSeconds(5)).orElseThrow();
            Writes writes = new Writes(env.infrastructure().db(), new AuditLog(env.clock()), new ChangeLog(env.clock()),
                    env.server().features().events(), env.server().features().cache()::evictFor);
            assertThrows(IllegalStateException.class, () -> writes.run(w -> {
                w.changed("student", 1, ChangeLog.UPDATE, 1L);
                throw new IllegalStateException("refused after taking a sequence number");
            }));
            long before = System.nanoTime();
            patchStudents(1);
            Event next = stream.nextWithData(Duration.ofSeconds(10)).orElseThrow();
            assertTrue(Duration.ofNanos(System.nanoTime() - before).toSeconds() < 10);
            assertEquals(latest(), Long.parseLong(next.id()), "the change after the gap, with its own id");
            assertEachIdIsItsSeq(List.of(next));
        }
    }

    @Test
    void readingFromTheStartStopsBeforeAChangeStillInFlightToo() throws Exception {
        patchStudents(1);
        long before = latest();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Thread slow = Thread.ofVirtual().start(() -> commitLate(taken, commit));
        taken.await();
        patchStudents(1);
        JsonNode fromStart = env.api().bearer(token).get("/api/v1/changes?since=0&limit=1000").json();
        commit.countDown();
        slow.join();
        assertEquals(before, fromStart.get("nextSince").asLong(), "nextSince passed a sequence not yet committed");
    }

    @Test
    void aStreamCutBeforeItsFirstChangeResumesFromWhereItStarted() throws Exception {
        long start = latest();
        Event opening;
        try (SseClient stream = SseClient.open(events(""), token, Map.of())) {
            opening = stream.next(Duration.ofSeconds(5)).orElseThrow();
        }
        assertEquals(String.valueOf(start), opening.id(), "the stream opens by naming its resume point");
        assertEquals(null, opening.data());
        patchStudents(1);
        List<Event> seen = new ArrayList<>();
        resume(seen, opening, 1);
        assertEquals(changesSince(start), seqs(seen));
    }

    @Test
    void aBadLastEventIdIsRefusedNamingTheHeader() {
        for (String bad : List.of("abc", "-1", "1234567890123456789", "latest", "12 13")) {
            Api.Response r = env.api().bearer(token).header("Last-Event-ID", bad).open("/api/v1/events");
            assertEquals(400, r.status(), bad + ": " + r);
            assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.toString());
            assertEquals(List.of("Last-Event-ID"), fields(r), bad + ": " + r);
        }
    }

    /** Found by an independent tester: a position past the newest change silently skipped what came next. */
    @Test
    void aPositionPastTheNewestChangeIsRefusedNotFollowed() {
        long ahead = latest() + 1000;
        Api api = env.api().bearer(token);
        Api.Response changes = api.get("/api/v1/changes?since=" + ahead);
        assertEquals(400, changes.status(), changes::text);
        assertEquals(List.of("since"), fields(changes));
        Api.Response stream = api.open("/api/v1/events?since=" + ahead);
        assertEquals(400, stream.status(), stream::toString);
        assertEquals(List.of("since"), fields(stream));
        Api.Response resumed = api.header("Last-Event-ID", String.valueOf(ahead)).open("/api/v1/events");
        assertEquals(400, resumed.status(), resumed::toString);
        assertEquals(List.of("Last-Event-ID"), fields(resumed));
        assertEquals(200, api.get("/api/v1/changes?since=" + latest()).status(), "the newest position itself is fine");
    }

    @Test
    void sinceAndLastEventIdTogetherAreRefusedNamingBoth() {
        long start = latest();
        for (String query : List.of("?since=" + start, "?since=latest")) {
            Api.Response r = env.api().bearer(token).header("Last-Event-ID", String.valueOf(start))
                    .open("/api/v1/events" + query);
            assertEquals(400, r.status(), r.toString());
            assertEquals(List.of("since", "Last-Event-ID"), fields(r), r.toString());
        }
    }

    private void resume(List<Event> seen, int more) throws Exception {
        resume(seen, seen.get(seen.size() - 1), more);
    }

    /** Reconnects with the id of {@code last} as a console would, reads {@code more} and checks nothing else comes. */
    private void resume(List<Event> seen, Event last, int more) throws Exception {
        try (SseClient stream = SseClient.open(events(""), token, Map.of("Last-Event-ID", last.id()))) {
            seen.addAll(stream.withData(more, Duration.ofSeconds(5)));
            stream.nextWithData(Duration.ofMillis(500)).ifPresent(e -> fail("sent again or unexpected: " + e));
        }
    }

    /** Appends a change in a transaction that stays open until told to commit, then announces it. */
    private static void commitLate(CountDownLatch taken, CountDownLatch commit) {
        ChangeEvent change = env.infrastructure().db().write(tx -> {
            ChangeEvent c = new ChangeLog(env.clock()).append(tx, "student", 1, ChangeLog.UPDATE);
            taken.countDown();
            try {
                commit.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return c;
        });
        env.server().features().events().publish(List.of(change));
    }

    private static String events(String query) {
        return env.baseUrl() + "/api/v1/events" + query;
    }

    private static long latest() {
        return env.api().bearer(token).get("/api/v1/changes?since=latest").json().get("nextSince").asLong();
    }

    private static void patchStudents(int count) {
        Api api = env.api().bearer(token);
        JsonNode students = api.get("/api/v1/students?limit=" + count).json().get("data");
        for (JsonNode s : students) {
            Api.Response r = api.header("If-Match", s.get("version").asText()).patch(
                    "/api/v1/students/" + s.get("id").asLong(), Map.of("phone", "089-555-" + (1000 + latest() % 9000)));
            assertEquals(200, r.status(), r.toString());
        }
    }

    private static List<Long> changesSince(long start) {
        List<Long> out = new ArrayList<>();
        env.api().bearer(token).get("/api/v1/changes?since=" + start).json().get("changes")
                .forEach(c -> out.add(c.get("seq").asLong()));
        return out;
    }

    private static List<Long> seqs(List<Event> events) throws Exception {
        List<Long> out = new ArrayList<>();
        for (Event e : events) {
            out.add(Json.MAPPER.readTree(e.data()).get("seq").asLong());
        }
        return out;
    }

    private static void assertEachIdIsItsSeq(List<Event> events) throws Exception {
        for (Event e : events) {
            assertEquals("change", e.name(), e.toString());
            assertEquals(String.valueOf(Json.MAPPER.readTree(e.data()).get("seq").asLong()), e.id(), e.toString());
        }
    }

    private static List<String> fields(Api.Response r) {
        List<String> out = new ArrayList<>();
        r.json().path("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }
}
