package th.ac.ums.server.testing;

import java.io.BufferedReader;
import java.io.IOException;
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
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A test client of a server-sent event stream: opens it, hands out its events one at a time as
 * the server sends them (an event is a block of lines ended by a blank line; blocks holding only
 * comments are skipped) and disconnects on close, as a console whose network dropped would.
 */
public final class SseClient implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One event: its id and data as sent (null when the block had none). */
    public record Event(String id, String name, String data) {
    }

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

    private SseClient(HttpResponse<InputStream> response) {
        this.response = response;
        Thread.ofVirtual().start(this::read);
    }

    /** Opens {@code url} with the bearer token and extra headers; fails unless the answer is 200. */
    public static SseClient open(String url, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        headers.forEach(b::header);
        HttpResponse<InputStream> r = HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(10, TimeUnit.SECONDS);
        if (r.statusCode() != 200) {
            String body = new String(r.body().readAllBytes(), StandardCharsets.UTF_8);
            throw new AssertionError("the stream was refused: " + r.statusCode() + " " + body);
        }
        return new SseClient(r);
    }

    /** The next event, with or without data, or empty when none came within the timeout. */
    public Optional<Event> next(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The next event that carries data, skipping id-only ones. */
    public Optional<Event> nextWithData(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            Event e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e != null && e.data() != null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Up to {@code count} events with data, as many as came within the timeout. */
    public List<Event> withData(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Event> out = new ArrayList<>();
        while (out.size() < count && System.nanoTime() < deadline) {
            nextWithData(Duration.ofNanos(deadline - System.nanoTime())).ifPresent(out::add);
        }
        return out;
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty()) {
                    if (id != null || data != null) {
                        events.add(new Event(id, name, data == null ? null : data.toString()));
                    }
                    id = null;
                    name = null;
                    data = null;
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5).trim());
                }
            }
        } catch (IOException ignored) {
            // closed by the test
        }
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
