package th.ac.ums.server.ratelimit;

import java.time.Clock;
import java.util.List;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.RedisStore;

/**
 * Unauthenticated calls: at most {@code perMinute} per client IP and minute, counted in Redis
 * (one atomic script: the counter gets its TTL in the same step) and shared by all instances.
 * Authenticated calls are limited per session inside the session check itself.
 */
public final class RequestLimiter {
    private final RedisStore redis;
    private final Clock clock;
    private final int perMinute;

    public RequestLimiter(RedisStore redis, Clock clock, int perMinute) {
        this.redis = redis;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    public void admit(String ip) {
        long now = clock.millis();
        String key = redis.key("rla", ip, String.valueOf(now / 60_000));
        List<?> r = (List<?>) redis.eval("rate_window", List.of(key),
                List.of(String.valueOf(perMinute), String.valueOf(60_000 - now % 60_000)));
        long count = ((Number) r.get(0)).longValue();
        if (count > perMinute) {
            throw Refusal.tooManyRequests((60_000 - now % 60_000 + 999) / 1000);
        }
    }
}
