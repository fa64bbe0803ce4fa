package th.ac.ums.server.audit;

import io.helidon.dbclient.DbExecute;
import java.time.Clock;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.platform.RequestIds;
import th.ac.ums.server.platform.Rows;

/**
 * Appends audit events. Called inside the transaction of the change it describes, so an
 * event exists exactly when the change committed. Secrets are never passed in.
 */
public final class AuditLog {
    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void record(DbExecute exec, AuditEntry e) {
        exec.createInsert("INSERT INTO audit_events (at, actor_id, actor_email, action, entity, entity_id, ip, "
                        + "request_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Rows.utc(clock.instant()), e.actorId(), e.actorEmail(), e.action(), e.entity(), e.entityId(),
                        e.ip(), RequestIds.current().isEmpty() ? null : RequestIds.current(), json(e.before()),
                        json(e.after()))
                .execute();
    }

    /** Appends many entries with one multi-row insert, as if each were recorded by {@link #record}. */
    public void recordAll(DbExecute exec, java.util.List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Object at = Rows.utc(clock.instant());
        String request = RequestIds.current().isEmpty() ? null : RequestIds.current();
        java.util.List<Object> params = new java.util.ArrayList<>(entries.size() * 10);
        for (AuditEntry e : entries) {
            java.util.Collections.addAll(params, at, e.actorId(), e.actorEmail(), e.action(), e.entity(), e.entityId(),
                    e.ip(), request, json(e.before()), json(e.after()));
        }
        exec.createInsert("INSERT INTO audit_events (at, actor_id, actor_email, action, entity, entity_id, ip, "
                + "request_id, before_json, after_json) VALUES "
                + th.ac.ums.server.platform.MultiRow.values(entries.size(), 10)).params(params).execute();
    }

    private static String json(Object value) {
        return value == null ? null : new String(Json.write(value), java.nio.charset.StandardCharsets.UTF_8);
    }
}
