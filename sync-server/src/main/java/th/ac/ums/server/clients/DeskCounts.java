package th.ac.ums.server.clients;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ac.ums.model.Dtos.DeskCountDto;
import th.ac.ums.model.Dtos.DeskCountsDto;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Metrics;

/**
 * Desks per console version, for IT: the live sessions (session_history rows not yet ended) by
 * the console version in their User-Agent, a desk being one address. Counted at most once a
 * {@link #MAX_AGE} on this instance, for GET /client-versions/desks and the
 * {@code ums_console_desks{version}} gauge (every instance reports the same fleet: dashboards take
 * the max, not the sum).
 */
public final class DeskCounts {
    /** The oldest count served. */
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    /** The version of every client that is not a console (scripts, curl, unversioned builds). */
    static final String OTHER = "other";
    private static final Logger LOG = LoggerFactory.getLogger(DeskCounts.class);

    private final Db db;
    private final ConsolePolicy policy;
    private final Clock clock;
    private final MultiGauge gauge;
    private volatile DeskCountsDto last;

    public DeskCounts(Db db, ConsolePolicy policy, Metrics metrics, Clock clock) {
        this.db = db;
        this.policy = policy;
        this.clock = clock;
        this.gauge = MultiGauge.builder("ums_console_desks")
                .description("Desks (addresses) with a live session, by console version").register(metrics.registry());
        metrics.beforeScrape(() -> {
            try {
                current();
            } catch (RuntimeException e) {
                // the database is down: the scrape still answers, with the last count
                LOG.debug("desk count not refreshed", e);
            }
        });
    }

    /** The count, at most {@link #MAX_AGE} old. */
    public DeskCountsDto current() {
        DeskCountsDto now = last;
        if (now == null || now.asOf().plus(MAX_AGE).isBefore(clock.instant())) {
            synchronized (this) {
                now = last;
                if (now == null || now.asOf().plus(MAX_AGE).isBefore(clock.instant())) {
                    now = count();
                    last = now;
                    publish(now);
                }
            }
        }
        return now;
    }

    private DeskCountsDto count() {
        Map<String, Set<String>> desks = new TreeMap<>(DeskCounts::byVersion);
        Map<String, Integer> sessions = new HashMap<>();
        Set<String> consoleDesks = new HashSet<>();
        db.jdbcRead(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT client, ip, COUNT(*) AS n FROM session_history "
                    + "WHERE ended_at IS NULL GROUP BY client, ip"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String version = ConsoleVersion.fromUserAgent(rs.getString(1)).map(Object::toString).orElse(OTHER);
                    String ip = rs.getString(2) == null ? "" : rs.getString(2);
                    desks.computeIfAbsent(version, k -> new HashSet<>()).add(ip);
                    sessions.merge(version, rs.getInt(3), Integer::sum);
                    if (!OTHER.equals(version)) {
                        consoleDesks.add(ip);
                    }
                }
            }
            return null;
        });
        List<DeskCountDto> versions = new ArrayList<>();
        desks.forEach((version, ips) -> versions.add(new DeskCountDto(version, OTHER.equals(version) ? null
                : policy.status(ConsoleVersion.parse(version)).name(), ips.size(), sessions.get(version))));
        return new DeskCountsDto(policy.minimum().toString(), policy.latest().toString(), consoleDesks.size(), versions,
                clock.instant());
    }

    private void publish(DeskCountsDto counts) {
        gauge.register(counts.versions().stream().map(v -> MultiGauge.Row.of(Tags.of("version", v.version()), v.desks()))
                .toList(), true);
    }

    /** Newest version first; "other" last. */
    private static int byVersion(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (OTHER.equals(a) || OTHER.equals(b)) {
            return OTHER.equals(a) ? 1 : -1;
        }
        return ConsoleVersion.parse(b).compareTo(ConsoleVersion.parse(a));
    }
}
