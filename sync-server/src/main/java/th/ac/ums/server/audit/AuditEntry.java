package th.ac.ums.server.audit;

/**
 * One audited action: who did what to which record, from where, and the record before and
 * after (any JSON-serialisable value, or null).
 */
public record AuditEntry(Long actorId, String actorEmail, String action, String entity, String entityId, String ip,
                         Object before, Object after) {

    public static AuditEntry system(String action, String entity, String entityId, Object after) {
        return new AuditEntry(null, "system", action, entity, entityId, null, null, after);
    }
}
