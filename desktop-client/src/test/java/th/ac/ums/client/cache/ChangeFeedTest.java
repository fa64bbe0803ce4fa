package th.ac.ums.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.Transport;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.task.TaskRunner;

class ChangeFeedTest {
    private final BlockingQueue<FakeTransport.Seen> connections = new LinkedBlockingQueue<>();

    private static Transport.Response stream(String text) {
        return new Transport.Response(200, Map.of("content-type", "text/event-stream"),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String change(long seq) {
        return "id: " + seq + "\nevent: change\ndata: {\"seq\":" + seq
                + ",\"entity\":\"student\",\"id\":\"1\",\"op\":\"update\"}\n\n";
    }

    @Test
    void eachReconnectResumesFromTheLastIdReceivedEvenOneWithoutData() throws Exception {
        List<String> answers = List.of(": resume point\nid: 5\n\n", ": keep-alive\n\n" + change(6) + change(7), "");
        AtomicInteger count = new AtomicInteger();
        FakeTransport fake = new FakeTransport().on("GET", "/events", seen -> {
            connections.add(seen);
            return stream(answers.get(Math.min(count.incrementAndGet(), answers.size()) - 1));
        });
        ApiClient api = new ApiClient(fake);
        api.token("t");
        ChangeFeed feed = new ChangeFeed(api, new TaskRunner(r -> Thread.ofVirtual().start(r), Runnable::run),
                Duration.ofMillis(10));
        List<Long> delivered = new CopyOnWriteArrayList<>();
        feed.onChange(c -> delivered.add(c.seq()));
        feed.start();
        try {
            assertNull(next().headers().get("Last-Event-ID"), "the first connection starts at the latest");
            assertEquals("5", next().headers().get("Last-Event-ID"), "the opening id counts though it had no data");
            assertEquals("7", next().headers().get("Last-Event-ID"), "the id of the last change received");
        } finally {
            feed.stop();
        }
        assertEquals(List.of(6L, 7L), delivered);
    }

    @Test
    void aResumePointTheServerRefusesIsDroppedAndTheFeedStartsAfresh() throws Exception {
        AtomicInteger count = new AtomicInteger();
        FakeTransport fake = new FakeTransport().on("GET", "/events", seen -> {
            connections.add(seen);
            return switch (count.incrementAndGet()) {
                case 1 -> stream(": resume point\nid: 900\n\n");
                case 2 -> FakeTransport.json(400, Map.of("type", "about:blank", "title", "Invalid input",
                        "status", 400, "detail", "One or more fields are invalid."));
                default -> stream("");
            };
        });
        ApiClient api = new ApiClient(fake);
        api.token("t");
        ChangeFeed feed = new ChangeFeed(api, new TaskRunner(r -> Thread.ofVirtual().start(r), Runnable::run),
                Duration.ofMillis(10));
        feed.start();
        try {
            next();
            assertEquals("900", next().headers().get("Last-Event-ID"));
            assertNull(next().headers().get("Last-Event-ID"), "after a refusal the feed starts from the latest");
        } finally {
            feed.stop();
        }
    }

    private FakeTransport.Seen next() throws InterruptedException {
        FakeTransport.Seen s = connections.poll(5, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("the feed did not reconnect");
        }
        return s;
    }
}
