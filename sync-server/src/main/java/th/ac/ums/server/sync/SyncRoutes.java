package th.ac.ums.server.sync;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.sse.SseSink;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import th.ac.ums.model.Dtos.Change;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.platform.Json;

/**
 * GET /changes (catch up from a sequence number) and GET /events (the same as server-sent events:
 * first what happened since the given sequence or Last-Event-ID, then every change as it commits on
 * any instance, each with its own sequence as its id and in sequence order (see {@link EventStream});
 * a comment every 15 s keeps proxies from closing the stream).
 */
public final class SyncRoutes implements ApiRoutes {
    static final int MAX = 1000;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
    private static final Pattern SEQ = Pattern.compile("^[0-9]{1,18}$");
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
        r.get(ApiPaths.CHANGES, Set.of(), this::changes).query("since", "limit")
                .get(ApiPaths.EVENTS, Set.of(), this::events).query("since");
    }

    private long since(Call call) {
        String raw = call.query().value("since").orElse("latest");
        if ("latest".equals(raw)) {
            return feed.latest();
        }
        if (!SEQ.matcher(raw).matches()) {
            throw Refusal.invalid("since", "must be a sequence number from a previous answer, or latest");
        }
        return notAhead("since", Long.parseLong(raw));
    }

    /**
     * A position past the newest change was never handed out (a database restored from a backup, or a
     * made-up number): following it would skip every change up to it without a word, so it is refused
     * and the client starts again from {@code latest}.
     */
    private long notAhead(String field, long position) {
        long latest = feed.latest();
        if (position > latest) {
            throw Refusal.invalid(field, "is past the newest change (" + latest + "); reload and start again "
                    + "from latest");
        }
        return position;
    }

    /** Where a stream starts: Last-Event-ID when resuming, else since; both at once is ambiguous. */
    private long start(Call call) {
        List<String> ids = call.request().headers().contains(LAST_EVENT_ID)
                ? call.request().headers().get(LAST_EVENT_ID).allValues() : List.of();
        if (ids.isEmpty()) {
            return since(call);
        }
        if (call.query().value("since").isPresent()) {
            throw Refusal.invalid(List.of(new FieldError("since", "must not be sent with Last-Event-ID"),
                    new FieldError(LAST_EVENT_ID.defaultCase(), "must not be sent with since")));
        }
        if (ids.size() != 1 || !SEQ.matcher(ids.getFirst()).matches()) {
            throw Refusal.invalid(LAST_EVENT_ID.defaultCase(), "must be the id of an event from this stream");
        }
        return notAhead(LAST_EVENT_ID.defaultCase(), Long.parseLong(ids.getFirst()));
    }

    private void changes(Call call) {
        call.query().allowOnly(Set.of("since", "limit"));
        call.ok(feed.read(since(call), call.query().limit("limit", 500, MAX)));
    }

    private void events(Call call) throws InterruptedException {
        call.query().allowOnly(Set.of("since"));
        long since = start(call);
        BlockingQueue<ChangeEvent> queue = new LinkedBlockingQueue<>(10_000);
        Consumer<ChangeEvent> listener = e -> {
            if (!queue.offer(e)) {
                queue.clear();
            }
        };
        bus.listen(listener);
        call.response().header(HeaderNames.create("X-Accel-Buffering"), "no");
        try (SseSink sink = call.response().sink(SseSink.TYPE)) {
            sink.emit(SseEvent.builder().comment("resume point").id(String.valueOf(since)).build());
            follow(call, sink, queue, new EventStream(since, s -> feed.read(s, MAX), c -> emit(sink, c)));
        } catch (RuntimeException closed) {
            // the client went away, or Redis did (the session can no longer be checked): end it
        } finally {
            bus.unlisten(listener);
        }
    }

    /**
     * Sends live changes as they come; reads the change log every 15 s (healing a lost message), or
     * every 2 s while changes are held for an earlier one; checks the session and sends a comment
     * every 15 s.
     */
    private void follow(Call call, SseSink sink, BlockingQueue<ChangeEvent> queue, EventStream stream)
            throws InterruptedException {
        long now = System.nanoTime();
        long nextRead = now;
        long nextBeat = now + KEEP_ALIVE.toNanos();
        while (true) {
            if (now - nextRead >= 0) {
                readLog(stream);
                nextRead = now + (stream.holding() ? RETRY : KEEP_ALIVE).toNanos();
            }
            if (now - nextBeat >= 0) {
                if (!sessionLive.test(call.caller().sessionId())) {
                    return;
                }
                sink.emit(SseEvent.builder().comment("keep-alive").build());
                nextBeat = now + KEEP_ALIVE.toNanos();
            }
            ChangeEvent e = queue.poll(Math.min(nextRead, nextBeat) - now, TimeUnit.NANOSECONDS);
            now = System.nanoTime();
            if (e != null) {
                if (e.isRolledBack()) {
                    stream.rolledBack(e.seq());
                } else {
                    stream.live(new Change(e.seq(), e.entity(), e.id(), e.op()));
                }
                nextRead = stream.holding() ? Math.min(nextRead, now + RETRY.toNanos()) : nextRead;
            }
        }
    }

    private static void readLog(EventStream stream) {
        while (stream.catchUp() == MAX) {
            // a long backlog: keep reading
        }
    }

    private static void emit(SseSink sink, Change c) {
        sink.emit(SseEvent.builder().id(String.valueOf(c.seq())).name("change")
                .data(new String(Json.write(c), java.nio.charset.StandardCharsets.UTF_8))
                .reconnectDelay(Duration.ofSeconds(2)).build());
    }
}
