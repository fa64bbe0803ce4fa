package th.ac.ums.server.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import th.ac.ums.server.platform.RedisStore;
import th.ac.ums.server.platform.Settings;

/**
 * Wrong second-factor codes (TOTP or recovery codes) per account, across challenges and
 * instances: by default 10 wrong codes within 15 minutes lock second-factor sign-in for 30
 * minutes. Like {@link LoginLimiter}, each check is reserved atomically before the code is
 * compared, so parallel guesses cannot exceed the limit; a right code forgets earlier wrong ones but
 * does not lift a running lock; the helpdesk's unlock clears it.
 */
public final class SecondFactorLimiter {
    private final RedisStore redis;
    private final Clock clock;
    private final int max;
    private final Duration window;
    private final Duration lock;

    public SecondFactorLimiter(RedisStore redis, Clock clock, Settings s) {
        this.redis = redis;
        this.clock = clock;
        this.max = s.integer("rate-limit.second-factor.max-failures");
        this.window = s.duration("rate-limit.second-factor.window");
        this.lock = s.duration("rate-limit.second-factor.lock");
    }

    /** Whether a code may be checked now, and if not, for how long checks are refused. */
    public record Decision(boolean allowed, long retryAfterMillis, String why) {
        public long retryAfterSeconds() {
            return (retryAfterMillis + 999) / 1000;
        }
    }

    /** The lock as it stands, without reserving a check (a new challenge is refused while locked). */
    public Decision current(long userId) {
        String until = redis.call(j -> j.hget(key(userId), "until"));
        long left = until == null ? 0 : Long.parseLong(until) - clock.millis();
        return left > 0 ? new Decision(false, left, "locked") : new Decision(true, 0, "ok");
    }

    public Decision reserve(long userId) {
        List<?> r = (List<?>) redis.eval("second_factor_attempt", List.of(key(userId)),
                List.of(String.valueOf(clock.millis()), String.valueOf(window.toMillis()), String.valueOf(max),
                        String.valueOf(gc())));
        return new Decision(((Number) r.get(0)).longValue() == 1, ((Number) r.get(1)).longValue(), (String) r.get(2));
    }

    /** Settles a reserved check; answers true when this wrong code started a lock. */
    public boolean settle(long userId, boolean right) {
        Object r = redis.eval("second_factor_result", List.of(key(userId)),
                List.of(String.valueOf(clock.millis()), right ? "1" : "0", String.valueOf(max),
                        String.valueOf(lock.toMillis()), String.valueOf(gc())));
        return ((Number) r).longValue() == 1;
    }

    /** Helpdesk unlock: forgets the account's wrong codes and lock. */
    public void clear(long userId) {
        redis.call(j -> j.del(key(userId)));
    }

    private long gc() {
        return Math.max(window.toMillis(), lock.toMillis()) + 60_000;
    }

    String key(long userId) {
        return redis.key("tff", String.valueOf(userId));
    }
}
