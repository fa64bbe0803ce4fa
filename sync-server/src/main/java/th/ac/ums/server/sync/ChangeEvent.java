package th.ac.ums.server.sync;

/**
 * A committed change: its sequence number in the change log, the entity and id, the operation,
 * and (internally, for cache invalidation) the student it concerns when there is one.
 */
public record ChangeEvent(long seq, String entity, String id, String op, Long studentId) {
    /** The op of a sequence number whose transaction rolled back: no change, a final gap in the log. */
    public static final String ROLLED_BACK = "rolled-back";

    static ChangeEvent rolledBack(long seq) {
        return new ChangeEvent(seq, "", "", ROLLED_BACK, null);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isRolledBack() {
        return ROLLED_BACK.equals(op);
    }
}
