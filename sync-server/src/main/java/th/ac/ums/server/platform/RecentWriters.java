package th.ac.ums.server.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sessions that wrote within the replica lag bound, shared by every instance through Redis: their
 * reads go to the primary, so a user always reads their own writes, on whichever instance the
 * next request lands. Only used when a replica is configured (one Redis call per request then).
 */
public interface RecentWriters {
    boolean recent(String sessionId);

    void mark(String sessionId);

    static RecentWriters none() {
        return new RecentWriters() {
            @Override
            public boolean recent(String sessionId) {
                return false;
            }

            @Override
            public void mark(String sessionId) {
            }
        };
    }

    /** Redis keys {@code <prefix>rw:<session>} living as long as the replica may lag (plus a second). */
    static RecentWriters redis(RedisStore redis, Duration maxLag) {
        long ttl = maxLag.toMillis() + 1000;
        return new RecentWriters() {
            @Override
            public boolean recent(String sessionId) {
                try {
                    return redis.call(j -> j.exists(redis.key("rw", sessionId)));
                } catch (RuntimeException e) {
                    return true;
                }
            }

            @Override
            public void mark(String sessionId) {
                try {
                    redis.call(j -> j.psetex(redis.key("rw", sessionId).getBytes(StandardCharsets.UTF_8), ttl,
                            "1".getBytes(StandardCharsets.UTF_8)));
                } catch (RuntimeException e) {
                    // Redis down: the request fails closed elsewhere; reads then go to the primary anyway
                }
            }
        };
    }
}
