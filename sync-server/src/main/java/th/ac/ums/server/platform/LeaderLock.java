package th.ac.ums.server.platform;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A lock in Redis that makes one instance of many the leader for some background work: taken with
 * SET NX PX (a TTL), kept by renewing it well within the TTL; when the leader dies its lock expires
 * and another instance takes it. The value is this instance's random id, so only the holder renews,
 * releases, or (with {@link #key()} as KEYS[1] of a script) writes under it.
 */
public final class LeaderLock {
    private final RedisStore redis;
    private final String key;
    private final String id = UUID.randomUUID().toString();
    private final Duration ttl;

    public LeaderLock(RedisStore redis, String name, Duration ttl) {
        this.redis = redis;
        this.key = redis.key("lock", name);
        this.ttl = ttl;
    }

    /** What {@link #acquireOrRenew()} found. */
    public enum Hold {
        /** This instance held the lock and renewed it. */
        KEPT,
        /** The lock was free (never taken, expired, or lost with Redis's data) and this instance took it. */
        TAKEN,
        /** Another instance holds it. */
        ELSEWHERE;

        public boolean held() {
            return this != ELSEWHERE;
        }
    }

    /** Takes the lock if it is free or renews it if this instance holds it. */
    public Hold acquireOrRenew() {
        Object held = redis.eval("leader_lock", List.of(key), List.of(id, Long.toString(ttl.toMillis())));
        return Long.valueOf(1).equals(held) ? Hold.KEPT : Long.valueOf(2).equals(held) ? Hold.TAKEN : Hold.ELSEWHERE;
    }

    /** Gives the lock up at once (a clean shutdown), if this instance holds it. */
    public void release() {
        redis.eval("leader_release", List.of(key), List.of(id));
    }

    /** The id of the instance holding the lock now, if any. */
    public java.util.Optional<String> holder() {
        return java.util.Optional.ofNullable(redis.call(j -> j.get(key)));
    }

    public String key() {
        return key;
    }

    public String id() {
        return id;
    }

    public Duration ttl() {
        return ttl;
    }
}
