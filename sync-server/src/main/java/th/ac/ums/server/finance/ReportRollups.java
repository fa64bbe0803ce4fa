package th.ac.ums.server.finance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.LeaderLock;
import th.ac.ums.server.platform.RedisStore;

/**
 * The finished JSON documents of the reports, kept in Redis (shared by every instance) by the
 * leader's {@link RollupRefresher}. A request is one Redis read and never runs the report SQL; a
 * report that does not exist yet (only before the very first refresh anywhere) is a 503 with
 * Retry-After, and Redis being down is a 503 as everywhere else.
 */
public final class ReportRollups {
    /** The documents kept: the aging report grouped both ways, the finance figures, the dashboard. */
    public enum Rollup {
        AGING_FACULTY("aging-faculty"), AGING_PROGRAM("aging-program"), FINANCE("finance"), DASHBOARD("dashboard");

        private final String key;

        Rollup(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Rollup aging(String groupBy) {
            return "program".equals(groupBy) ? AGING_PROGRAM : AGING_FACULTY;
        }
    }

    private final RedisStore redis;

    public ReportRollups(RedisStore redis) {
        this.redis = redis;
    }

    /** The stored document, as it is sent; 503 when there is none yet. */
    public byte[] serve(Rollup rollup) {
        byte[] document = redis.call(j -> j.get(key(rollup).getBytes(StandardCharsets.UTF_8)));
        if (document == null) {
            throw Refusal.unavailable("The report is being prepared; try again in a few seconds.");
        }
        return document;
    }

    /** Whether every rollup exists (else the first leader computes them before it serves). */
    boolean complete() {
        long present = redis.call(j -> j.exists(java.util.Arrays.stream(Rollup.values()).map(this::key)
                .toArray(String[]::new)));
        return present == Rollup.values().length;
    }

    /** Stores documents in one step, only while {@code lock} is still held by this instance. */
    boolean put(LeaderLock lock, Map<Rollup, byte[]> documents) {
        List<String> keys = new ArrayList<>(List.of(lock.key()));
        List<String> args = new ArrayList<>(List.of(lock.id()));
        documents.forEach((rollup, json) -> {
            keys.add(key(rollup));
            args.add(new String(json, StandardCharsets.UTF_8));
        });
        return Long.valueOf(1).equals(redis.eval("rollup_put", keys, args));
    }

    /** The Redis key of a rollup (tests remove one to see a request answer 503). */
    public String key(Rollup rollup) {
        return redis.key("rollup", rollup.key());
    }
}
