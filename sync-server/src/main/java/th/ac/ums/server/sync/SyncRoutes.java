package th.ac.ums.server.sync;

import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.sse.SseSink;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import th.ac.ums.model.Dtos.Change;
import th.ac.ums.model.Dtos.Changes;
import th.ac.ums.server.http.ApiException;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.Json;
import th.ac.ums.server.http.RouteTable;

/**
 * GET /changes (catch up from a sequence number) and GET /events (the same as server-sent events:
 * first what happened since the given sequence or Last-Event-ID, then every change as it commits on
 * any instance; a comment every 15 s keeps proxies from closing the stream).
 */
public final class SyncRoutes implements ApiRoutes {
    static final int MAX = 1000;
    private final ChangeFeed feed;
    private final EventBus bus;
    private final Predicate<String> sessionLive;

    /**
     * @param sessionLive whether a session id is still live; checked every 15 s so that a sign-out,
     *     a helpdesk revocation or an idle expiry ends the stream (and Redis being down ends it too)
     */
    public SyncRoutes(ChangeFeed feed, EventBus bus, Predicate<String> sessionLive) {
        this.feed = feed;
        this.bus = bus;
        this.sessionLive = sessionLive;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get("/changes", Set.of(), this::changes).query("since", "limit")
                .get("/events", Set.of(), this::events).query("since");
    }

    private long since(Call call) {
        String raw = call.query().string("since").or(() -> call.header("Last-Event-ID")).orElse("latest");
        if ("latest".equals(raw)) {
            return feed.latest();
        }
        if (!raw.matches("^[0-9]{1,18}$")) {
            throw ApiException.invalid("since", "must be a sequence number from a previous answer, or latest");
        }
        return Long.parseLong(raw);
    }

    private void changes(Call call) {
        call.query().allowOnly(Set.of("since", "limit"));
        call.ok(feed.read(since(call), call.query().limit("limit", 500, MAX)));
    }

    private void events(Call call) throws InterruptedException {
        call.query().allowOnly(Set.of("since"));
        long since = since(call);
        BlockingQueue<ChangeEvent> queue = new LinkedBlockingQueue<>(10_000);
        Consumer<ChangeEvent> listener = e -> {
            if (!queue.offer(e)) {
                queue.clear();
            }
        };
        bus.listen(listener);
        call.response().header(HeaderNames.create("X-Accel-Buffering"), "no");
        try (SseSink sink = call.response().sink(SseSink.TYPE)) {
            Stream stream = new Stream(sink, since);
            while (stream.catchUp() == MAX) {
                // a long backlog: keep reading
            }
            while (true) {
                ChangeEvent e = queue.poll(15, TimeUnit.SECONDS);
                if (e == null) {
                    if (!sessionLive.test(call.caller().sessionId())) {
                        return;
                    }
                    stream.catchUp();
                    sink.emit(SseEvent.builder().comment("keep-alive").build());
                } else {
                    stream.live(new Change(e.seq(), e.entity(), e.id(), e.op()));
                }
            }
        } catch (RuntimeException closed) {
            // the client went away, or Redis did (the session can no longer be checked): end it
        } finally {
            bus.unlisten(listener);
        }
    }

    /**
     * One client's stream. Live changes go out as they arrive (in commit order, which is not always
     * sequence order); the event id is the watermark below which every change was sent, so a client
     * reconnecting with Last-Event-ID misses nothing (it may see a change twice: the data carries
     * seq to tell). Every 15 s the change log is read from the watermark, which also heals changes
     * whose live message was lost.
     */
    private final class Stream {
        private final SseSink sink;
        private final java.util.TreeSet<Long> sent = new java.util.TreeSet<>();
        private long watermark;

        Stream(SseSink sink, long since) {
            this.sink = sink;
            this.watermark = since;
        }

        int catchUp() {
            Changes backlog = feed.read(watermark, MAX);
            watermark = backlog.nextSince();
            for (Change c : backlog.changes()) {
                if (!sent.contains(c.seq())) {
                    emit(sink, c, watermark);
                }
            }
            sent.headSet(watermark, true).clear();
            return backlog.changes().size();
        }

        void live(Change c) {
            if (c.seq() <= watermark || !sent.add(c.seq())) {
                return;
            }
            while (sent.contains(watermark + 1)) {
                sent.remove(++watermark);
            }
            emit(sink, c, watermark);
        }
    }

    private static void emit(SseSink sink, Change c, long watermark) {
        sink.emit(SseEvent.builder().id(String.valueOf(watermark)).name("change")
                .data(new String(Json.write(c), java.nio.charset.StandardCharsets.UTF_8))
                .reconnectDelay(Duration.ofSeconds(2)).build());
    }
}
