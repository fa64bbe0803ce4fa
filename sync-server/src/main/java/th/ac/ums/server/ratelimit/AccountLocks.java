package th.ac.ums.server.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import th.ac.ums.server.platform.RedisStore;

/**
 * When the running sign-in blocks of accounts end, as the helpdesk shows them: the latest end of the
 * e-mail's own block, of any e-mail+IP block and of the second-factor lock. A whole page of accounts
 * costs one Redis round trip (account_locks.lua reads every key of the page).
 */
public final class AccountLocks {
    private final RedisStore redis;
    private final Clock clock;
    private final LoginLimiter login;
    private final SecondFactorLimiter secondFactor;

    public AccountLocks(RedisStore redis, Clock clock, LoginLimiter login, SecondFactorLimiter secondFactor) {
        this.redis = redis;
        this.clock = clock;
        this.login = login;
        this.secondFactor = secondFactor;
    }

    /** An account to look up: its id (second-factor lock) and e-mail (login limits). */
    public record Account(long id, String email) {
    }

    /** For each account, in order, when its latest running block ends; empty when none runs. */
    public List<Optional<Instant>> lockedUntil(List<Account> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(accounts.size() * 3);
        List<String> args = new ArrayList<>(accounts.size() + 1);
        args.add(String.valueOf(clock.millis()));
        for (Account a : accounts) {
            LoginLimiter.Keys k = login.keys(a.email());
            keys.add(k.email());
            keys.add(k.ips());
            keys.add(secondFactor.key(a.id()));
            args.add(k.pairPrefix());
        }
        List<?> ends = (List<?>) redis.eval("account_locks", keys, args);
        List<Optional<Instant>> out = new ArrayList<>(ends.size());
        for (Object end : ends) {
            long millis = ((Number) end).longValue();
            out.add(millis > 0 ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty());
        }
        return out;
    }
}
