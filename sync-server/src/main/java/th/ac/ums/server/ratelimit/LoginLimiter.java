package th.ac.ums.server.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import th.ac.ums.server.platform.RedisStore;
import th.ac.ums.server.platform.Settings;

/**
 * The contract's login limits, shared by every instance through Redis: 5 failures for an email
 * from one IP within 15 minutes block that pair for 30 minutes; 100 failures for an email from
 * any IPs within an hour block the email. Each attempt is reserved atomically before the
 * password is checked (see login_attempt.lua), so parallel attempts cannot exceed the limit.
 * Keys hold a hash of the email, never the email itself.
 */
public final class LoginLimiter {
    private final RedisStore redis;
    private final Clock clock;
    private final int max;
    private final Duration window;
    private final Duration block;
    private final int emailMax;
    private final Duration emailWindow;
    private final Duration emailBlock;

    public LoginLimiter(RedisStore redis, Clock clock, Settings s) {
        this.redis = redis;
        this.clock = clock;
        this.max = s.integer("rate-limit.login.max-failures");
        this.window = s.duration("rate-limit.login.window");
        this.block = s.duration("rate-limit.login.block");
        this.emailMax = s.integer("rate-limit.login.email-max-failures");
        this.emailWindow = s.duration("rate-limit.login.email-window");
        this.emailBlock = s.duration("rate-limit.login.email-block");
    }

    /** Whether an attempt may go ahead, and if not, for how long it is refused. */
    public record Decision(boolean allowed, long retryAfterMillis, String why) {
    }

    public Decision reserve(String email, String ip) {
        String h = hash(email);
        List<?> r = (List<?>) redis.eval("login_attempt",
                List.of(pairKey(h, ip), emailKey(h), ipsKey(h)),
                List.of(String.valueOf(clock.millis()), String.valueOf(window.toMillis()), String.valueOf(max),
                        String.valueOf(emailWindow.toMillis()), String.valueOf(emailMax), ip, String.valueOf(gc())));
        return new Decision(((Number) r.get(0)).longValue() == 1, ((Number) r.get(1)).longValue(), (String) r.get(2));
    }

    /** Settles a reserved attempt; answers true when this failure started a block. */
    public boolean settle(String email, String ip, boolean success) {
        String h = hash(email);
        Object r = redis.eval("login_result", List.of(pairKey(h, ip), emailKey(h)),
                List.of(String.valueOf(clock.millis()), success ? "1" : "0", String.valueOf(max),
                        String.valueOf(block.toMillis()), String.valueOf(emailMax),
                        String.valueOf(emailBlock.toMillis()), String.valueOf(gc())));
        return ((Number) r).longValue() == 1;
    }

    /**
     * Settling a successful attempt as a step of another pipeline (the new session's): the same
     * script as {@link #settle} with success, sent as EVAL with its source (no NOSCRIPT to handle
     * inside a pipeline), so that a sign-in spends no round trip of its own on it.
     */
    public java.util.function.Consumer<redis.clients.jedis.AbstractPipeline> settledOnSuccess(String email, String ip) {
        String h = hash(email);
        List<String> keys = List.of(pairKey(h, ip), emailKey(h));
        List<String> args = List.of(String.valueOf(clock.millis()), "1", String.valueOf(max),
                String.valueOf(block.toMillis()), String.valueOf(emailMax), String.valueOf(emailBlock.toMillis()),
                String.valueOf(gc()));
        return p -> p.eval(RESULT_SCRIPT, keys, args);
    }

    private static final String RESULT_SCRIPT = script("login_result");

    private static String script(String name) {
        try (var in = LoginLimiter.class.getResourceAsStream("/redis/" + name + ".lua")) {
            if (in == null) {
                throw new IllegalStateException("no Lua script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Helpdesk unlock: forgets every failure and block of the email, from every IP. */
    public void clear(String email) {
        String h = hash(email);
        redis.call(j -> {
            Set<String> ips = j.smembers(ipsKey(h));
            for (String ip : ips) {
                j.del(pairKey(h, ip));
            }
            j.del(emailKey(h), ipsKey(h));
            return null;
        });
    }

    /** The keys of an e-mail's limits: its own state, the set of IPs it failed from, the prefix of its e-mail+IP keys. */
    record Keys(String email, String ips, String pairPrefix) {
    }

    Keys keys(String email) {
        String h = hash(email);
        return new Keys(emailKey(h), ipsKey(h), pairKey(h, ""));
    }

    private long gc() {
        return Math.max(Math.max(window.toMillis(), block.toMillis()),
                Math.max(emailWindow.toMillis(), emailBlock.toMillis())) + 60_000;
    }

    private String pairKey(String emailHash, String ip) {
        return redis.key("lf", emailHash, ip);
    }

    private String emailKey(String emailHash) {
        return redis.key("lfe", emailHash);
    }

    private String ipsKey(String emailHash) {
        return redis.key("lfips", emailHash);
    }

    static String hash(String email) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
