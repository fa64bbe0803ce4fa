package th.ac.ums.server.sessions;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.RedisStore;

/**
 * Completes the history of sessions that ended silently (idle timeout: Redis let them go).
 * Runs every minute on one instance at a time (a Redis lock), in batches of 500.
 */
public final class SessionSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSweeper.class);
    private final SessionHistory history;
    private final SessionStore store;
    private final Db db;
    private final RedisStore redis;
    private final Clock clock;
    private volatile boolean running = true;

    public SessionSweeper(SessionHistory history, SessionStore store, Db db, RedisStore redis, Clock clock) {
        this.history = history;
        this.store = store;
        this.db = db;
        this.redis = redis;
        this.clock = clock;
    }

    public void start(Duration every) {
        Thread.ofVirtual().name("session-sweeper").start(() -> {
            while (running) {
                try {
                    Thread.sleep(every.toMillis());
                    if (lock(every)) {
                        sweep();
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warn("session sweep failed: {}", e.getMessage());
                }
            }
        });
    }

    public void stop() {
        running = false;
    }

    private boolean lock(Duration every) {
        String ok = redis.call(j -> j.set(redis.key("lock", "session-sweeper"), "1",
                SetParams.setParams().nx().px(Math.max(1000, every.toMillis() - 1000))));
        return "OK".equals(ok);
    }

    /** One pass; answers how many sessions were found expired. */
    public int sweep() {
        int expired = 0;
        String after = "";
        while (true) {
            List<SessionHistory.LiveRow> batch = history.live(after, 500);
            if (batch.isEmpty()) {
                return expired;
            }
            List<Optional<Session>> live = store.find(batch.stream().map(SessionHistory.LiveRow::id).toList());
            for (int i = 0; i < batch.size(); i++) {
                SessionHistory.LiveRow row = batch.get(i);
                if (live.get(i).isEmpty()) {
                    store.remove(row.id(), row.userId());
                    db.write(tx -> history.ended(tx, row.id(), clock.instant(), SessionService.EXPIRED, null, null,
                            null));
                    expired++;
                }
            }
            after = batch.get(batch.size() - 1).id();
        }
    }
}
