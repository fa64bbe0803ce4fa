package th.ac.ums.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.server.platform.RedisStore;
import th.ac.ums.server.sessions.SessionStore;

/**
 * Two-factor challenges: after a correct password, a random single-use handle (256 bits) valid
 * for five minutes and for at most {@code maxAttempts} codes, kept in Redis so any instance can
 * take the second step.
 */
public final class Challenges {
    private final RedisStore redis;
    private final Clock clock;
    private final Duration ttl;
    private final int maxAttempts;

    public Challenges(RedisStore redis, Clock clock, Duration ttl, int maxAttempts) {
        this.redis = redis;
        this.clock = clock;
        this.ttl = ttl;
        this.maxAttempts = maxAttempts;
    }

    /** An attempt at a live challenge: its user, the email and IP of the password step, the attempt number. */
    public record Attempt(long userId, String email, String ip, int number) {
    }

    public String create(long userId, String email, String ip, String client) {
        String id = SessionStore.newId();
        String key = redis.key("chal", id);
        long expires = clock.millis() + ttl.toMillis();
        redis.call(j -> {
            j.hset(key, Map.of("uid", String.valueOf(userId), "email", email, "ip", ip, "client", client,
                    "expires", String.valueOf(expires), "attempts", "0"));
            j.pexpire(key, ttl.toMillis() + 60_000);
            return null;
        });
        return id;
    }

    /** Counts an attempt; empty when the challenge is unknown, expired or out of attempts (then gone). */
    public Optional<Attempt> attempt(String id) {
        if (id.length() > 100) {
            return Optional.empty();
        }
        String key = redis.key("chal", id);
        List<?> r = (List<?>) redis.eval("challenge_attempt", List.of(key),
                List.of(String.valueOf(clock.millis()), String.valueOf(maxAttempts)));
        if (!"ok".equals(r.get(0))) {
            return Optional.empty();
        }
        Map<String, String> h = redis.call(j -> j.hgetAll(key));
        return Optional.of(new Attempt(Long.parseLong((String) r.get(1)), h.getOrDefault("email", ""),
                h.getOrDefault("ip", ""), Integer.parseInt((String) r.get(2))));
    }

    public void delete(String id) {
        redis.call(j -> j.del(redis.key("chal", id)));
    }
}
