package th.ac.ums.server.sync;

import io.helidon.dbclient.DbRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import th.ac.ums.model.Dtos.Change;
import th.ac.ums.model.Dtos.Changes;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;

/**
 * Reads the change log after a sequence number without ever skipping a change: sequence numbers
 * are taken when a transaction inserts, so a later number can commit before an earlier one.
 * Reading stops before a gap until the gap is older than {@link #SETTLE} (then the transaction
 * that held it has rolled back and the gap is final), or until the gap is announced as rolled back
 * on the bus, so a client that follows nextSince sees every committed change exactly once, in order.
 */
public final class ChangeFeed {
    static final Duration SETTLE = Duration.ofSeconds(30);
    private final Db db;
    private final Clock clock;

    /** Sequence numbers whose transactions rolled back, as announced on the bus (the most recent ones). */
    private final java.util.Map<Long, Boolean> rolledBack = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Long, Boolean> eldest) {
                    return size() > 10_000;
                }
            });

    public ChangeFeed(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Follows the bus's rolled-back announcements, so a read passes such a gap at once. */
    public ChangeFeed following(EventBus bus) {
        bus.listen(e -> {
            if (e.isRolledBack()) {
                rolledBack.put(e.seq(), Boolean.TRUE);
            }
        });
        return this;
    }

    public long latest() {
        return db.readPrimary(exec -> exec.get("SELECT COALESCE(MAX(seq), 0) AS s FROM change_log")
                .map(r -> Rows.lng(r, "s")).orElse(0L));
    }

    public Changes read(long since, int limit) {
        List<DbRow> rows = db.readPrimary(exec -> {
            try (Stream<DbRow> s = exec.query("SELECT seq, entity, entity_id, op, at FROM change_log WHERE seq > ? "
                    + "ORDER BY seq LIMIT ?", since, limit)) {
                return s.toList();
            }
        });
        Instant settled = clock.instant().minus(SETTLE);
        List<Change> out = new ArrayList<>();
        long expected = since + 1;
        for (DbRow r : rows) {
            long seq = Rows.lng(r, "seq");
            while (expected < seq && rolledBack.containsKey(expected)) {
                expected++;
            }
            if (seq != expected && Rows.instant(r, "at").isAfter(settled)) {
                break;
            }
            out.add(new Change(seq, Rows.str(r, "entity"), Rows.str(r, "entity_id"), Rows.str(r, "op")));
            expected = seq + 1;
        }
        return new Changes(out, out.isEmpty() ? since : out.get(out.size() - 1).seq());
    }
}
