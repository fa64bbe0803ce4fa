package th.ac.ums.server.sync;

/**
 * A committed change: its sequence number in the change log, the entity and id, the operation,
 * and (internally, for cache invalidation) the student it concerns when there is one.
 */
public record ChangeEvent(long seq, String entity, String id, String op, Long studentId) {
}
