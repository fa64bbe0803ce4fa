package th.ac.ums.server.sync;

import io.helidon.dbclient.DbTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.platform.Db;

/**
 * Every write of the registrar and finance API goes through here: one transaction in which the
 * change is made, audited (before/after) and appended to the change log; after the commit, the
 * changes are published to every instance (caches drop what they knew, live clients are told).
 */
public final class Writes {
    private final Db db;
    private final AuditLog audit;
    private final ChangeLog log;
    private final EventBus bus;
    private final java.util.function.Consumer<List<ChangeEvent>> evict;

    /** {@code evict} drops from the shared read cache what the changes of one commit touched. */
    public Writes(Db db, AuditLog audit, ChangeLog log, EventBus bus,
                  java.util.function.Consumer<List<ChangeEvent>> evict) {
        this.db = db;
        this.audit = audit;
        this.log = log;
        this.bus = bus;
        this.evict = evict;
    }

    /** The transaction a write runs in, with the means to audit and announce. */
    public final class Work {
        private final DbTransaction tx;
        private final List<ChangeEvent> changes;

        Work(DbTransaction tx, List<ChangeEvent> changes) {
            this.tx = tx;
            this.changes = changes;
        }

        public DbTransaction tx() {
            return tx;
        }

        public void audit(AuditEntry entry) {
            audit.record(tx, entry);
        }

        public void changed(String entity, Object id, String op, Long studentId) {
            changes.add(log.append(tx, entity, id, op, studentId));
        }

        /** Many entries in one statement (a batch's), as {@link #audit} each. */
        public void auditAll(List<AuditEntry> entries) {
            audit.recordAll(tx, entries);
        }

        /** Many changes in one statement, in this order, as {@link #changed} each. */
        public void changedAll(List<ChangeLog.Change> all) {
            changes.addAll(log.appendAll(tx, all));
        }
    }

    public <T> T run(Function<Work, T> body) {
        List<ChangeEvent> changes = new ArrayList<>();
        List<ChangeEvent> rolledBack = new ArrayList<>();
        boolean[] bodyDone = {false};
        T result;
        try {
            result = db.write(tx -> {
                rolledBack.addAll(changes);   // an earlier attempt was retried: it rolled back
                changes.clear();
                bodyDone[0] = false;
                T r = body.apply(new Work(tx, changes));
                bodyDone[0] = true;
                return r;
            });
        } catch (RuntimeException e) {
            if (!bodyDone[0]) {
                rolledBack.addAll(changes);   // failed before its commit: rolled back for sure
            }
            announceRolledBack(rolledBack, List.of());
            throw e;
        }
        announceRolledBack(rolledBack, changes);
        afterCommit(changes);
        return result;
    }

    /**
     * Sequence numbers taken by attempts that rolled back (a failed write, or a retried deadlock) are
     * gaps for good; live streams are told at once, so changes after a gap are not held back until
     * the change log treats it as settled.
     */
    private void announceRolledBack(List<ChangeEvent> rolledBack, List<ChangeEvent> committed) {
        java.util.Set<Long> kept = new java.util.HashSet<>();
        committed.forEach(c -> kept.add(c.seq()));
        List<ChangeEvent> gaps = rolledBack.stream().filter(c -> !kept.contains(c.seq()))
                .map(c -> ChangeEvent.rolledBack(c.seq())).toList();
        if (!gaps.isEmpty()) {
            bus.publish(gaps);
        }
    }

    /**
     * Drops what the changes touch from the shared cache, tells every instance, and drops it again a
     * second later: a reader that loaded the old row just before the commit cannot leave it cached.
     */
    private void afterCommit(List<ChangeEvent> changes) {
        if (changes.isEmpty()) {
            return;
        }
        evict.accept(changes);
        bus.publish(changes);
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1000);
                evict.accept(changes);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException ignored) {
                // best effort; the TTL bounds staleness
            }
        });
    }

    public Db db() {
        return db;
    }
}
