package th.ac.ums.server.records;

import io.helidon.dbclient.DbExecute;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.platform.DbFailures;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.Writes;

/**
 * Reading one record of a list's shape, and the two writes every editable resource has: insert,
 * and update of given columns under optimistic locking (If-Match version: 412 when stale). Both
 * audit before/after and append to the change log in the same transaction.
 */
public final class RecordStore {
    private final Writes writes;
    private final Clock clock;

    public RecordStore(Writes writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    /** One record as the list shows it, read through {@code exec} (a transaction or a read): {@link Lister#find}. */
    public static <T> Optional<T> find(DbExecute exec, ListSpec<T> spec, long id) {
        return Lister.find(exec, spec, id);
    }

    /** Many records as the list shows them: {@link Lister#findAll}. */
    public static <T> List<T> findAll(DbExecute exec, ListSpec<T> spec, List<Long> ids) {
        return Lister.findAll(exec, spec, ids);
    }

    public <T> T get(ListSpec<T> spec, long id, String what) {
        return writes.db().read(exec -> find(exec, spec, id)).orElseThrow(() -> Refusal.notFound(what));
    }

    /** Inserts a row (created_at/updated_at set) and answers the record as read back. */
    public <T> T create(Caller by, String ip, ListSpec<T> spec, String entity, Map<String, Object> columns,
                         Long studentId) {
        try {
            return writes.run(w -> {
                Map<String, Object> all = new LinkedHashMap<>(columns);
                all.put("created_at", Rows.utc(clock.instant()));
                all.put("updated_at", Rows.utc(clock.instant()));
                String sql = "INSERT INTO " + spec.table() + " (" + String.join(", ", all.keySet()) + ") VALUES ("
                        + "?, ".repeat(all.size() - 1) + "?)";
                long id = w.tx().createInsert(sql).params(new ArrayList<>(all.values())).returnGeneratedKeys()
                        .insert().generatedKeys().findFirst()
                        .map(r -> ((Number) r.column(1).get()).longValue()).orElseThrow();
                T created = find(w.tx(), spec, id).orElseThrow();
                w.audit(new AuditEntry(by.userId(), by.email(), entity + ".created", entity, String.valueOf(id), ip,
                        null, created));
                w.changed(entity, id, ChangeLog.CREATE, studentId);
                return created;
            });
        } catch (RuntimeException e) {
            throw duplicate(e);
        }
    }

    /** Updates the given columns if the version still matches; answers the record as read back. */
    public <T> T update(Caller by, String ip, ListSpec<T> spec, String entity, long id, long version,
                         Map<String, Object> columns, Long studentId) {
        return update(by, ip, spec, entity, id, version, columns, studentId, (w, x) -> {
        });
    }

    /** As {@link #update}, running {@code alsoInTransaction} after the row is updated. */
    public <T> T update(Caller by, String ip, ListSpec<T> spec, String entity, long id, long version,
                         Map<String, Object> columns, Long studentId,
                         java.util.function.BiConsumer<Writes.Work, Long> alsoInTransaction) {
        try {
            return writes.run(w -> {
                T before = find(w.tx(), spec, id).orElseThrow(() -> Refusal.notFound("The " + entity));
                long current = currentVersion(w.tx(), spec.table(), id);
                if (current != version) {
                    throw Refusal.stale(current);
                }
                List<Object> params = new ArrayList<>(columns.values());
                StringBuilder set = new StringBuilder();
                columns.keySet().forEach(c -> set.append(c).append(" = ?, "));
                set.append("version = version + 1, updated_at = ?");
                params.add(Rows.utc(clock.instant()));
                params.add(id);
                params.add(version);
                long n = w.tx().createUpdate("UPDATE " + spec.table() + " SET " + set + " WHERE id = ? AND version = ?")
                        .params(params).execute();
                if (n != 1) {
                    throw Refusal.stale(currentVersion(w.tx(), spec.table(), id));
                }
                alsoInTransaction.accept(w, id);
                T after = find(w.tx(), spec, id).orElseThrow();
                w.audit(new AuditEntry(by.userId(), by.email(), entity + ".changed", entity, String.valueOf(id), ip,
                        before, after));
                w.changed(entity, id, ChangeLog.UPDATE, studentId);
                return after;
            });
        } catch (RuntimeException e) {
            throw duplicate(e);
        }
    }

    static long currentVersion(DbExecute exec, String table, long id) {
        return exec.get("SELECT version FROM " + table + " WHERE id = ? FOR UPDATE", id)
                .map(r -> Rows.lng(r, "version")).orElseThrow(() -> Refusal.notFound("The record"));
    }

    /** A broken unique, foreign-key or check constraint as a Refusal (see {@link DbFailures#constraintRefusal}). */
    static RuntimeException duplicate(RuntimeException e) {
        return DbFailures.constraintRefusal(e);
    }
}
