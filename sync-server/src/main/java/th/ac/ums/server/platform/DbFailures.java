package th.ac.ums.server.platform;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.domain.Refusal;

/**
 * Turns database failures into API answers: an unreachable database or an exhausted pool is
 * 503; a duplicate key is 409; anything else stays an internal error (logged, never shown). The one
 * place that classifies SQL errors: duplicate key, foreign key, check constraint, and which field a
 * duplicate broke ({@link #constraintRefusal} is how a record write reports them).
 */
public final class DbFailures {
    private static final int ER_DUP_ENTRY = 1062;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final int ER_NO_REFERENCED_ROW_2 = 1452;
    private static final int ER_ROW_IS_REFERENCED_2 = 1451;
    private static final int ER_CONSTRAINT_FAILED = 4025;        // MariaDB CHECK
    private static final int ER_CHECK_CONSTRAINT_VIOLATED = 3819; // MySQL CHECK
    private static final int ER_CONNECTION_KILLED = 1927;         // MariaDB: KILL CONNECTION of this session
    /** Unique keys whose violation names a field, by key name. */
    private static final Map<String, String> UNIQUE_KEY_FIELDS = Map.of("uq_students_national_id", "nationalId",
            "uq_students_email", "email", "uq_students_code", "studentCode");

    private DbFailures() {
    }

    /**
     * Only what means "the database cannot serve now" (unreachable, pool exhausted, deadlock after
     * retries) becomes 503 here; other failures stay as they are for the caller to interpret (a
     * duplicate key may be expected), and {@link #translate} maps what is left at the edge.
     */
    public static RuntimeException unavailability(Throwable failure) {
        if (failure instanceof Refusal api) {
            return api;
        }
        if (isConnectionFailure(failure)) {
            return Refusal.unavailable("The database is not available; try again shortly.");
        }
        if (isRetryable(failure)) {
            return Refusal.unavailable("The database is busy; try again shortly.");
        }
        return failure instanceof RuntimeException re ? re : new IllegalStateException(failure);
    }

    public static RuntimeException translate(Throwable failure) {
        if (failure instanceof Refusal api) {
            return api;
        }
        if (isConnectionFailure(failure)) {
            return Refusal.unavailable("The database is not available; try again shortly.");
        }
        if (isRetryable(failure)) {
            return Refusal.unavailable("The database is busy; try again shortly.");
        }
        Optional<SQLException> sql = sqlCause(failure);
        if (sql.isPresent() && isDuplicate(sql.get())) {
            return Refusal.conflict("A record with the same unique value already exists.");
        }
        return failure instanceof RuntimeException re ? re : new IllegalStateException(failure);
    }

    public static boolean isDuplicate(Throwable failure) {
        return sqlCause(failure).map(e -> e.getErrorCode() == ER_DUP_ENTRY
                || e instanceof SQLIntegrityConstraintViolationException && "23000".equals(e.getSQLState())
                && e.getErrorCode() == ER_DUP_ENTRY).orElse(false);
    }

    /**
     * A record write's constraint failure as a Refusal: a duplicate of a known unique key is a
     * conflict naming the field, any other duplicate a plain conflict; a missing or still-referenced
     * row is an invalid {@code id}; a broken check constraint is a conflict. Anything else (and a
     * Refusal) is answered as it is.
     */
    public static RuntimeException constraintRefusal(RuntimeException e) {
        if (e instanceof Refusal) {
            return e;
        }
        if (isDuplicate(e)) {
            String field = duplicateField(e);
            if (field != null) {
                return new Refusal(Refusal.Kind.CONFLICT, "Conflict", "Another record already has this " + field + ".",
                        List.of(new FieldError(field, "is already taken by another record")), Map.of());
            }
            return Refusal.conflict("A record with the same code or unique value already exists.");
        }
        if (isForeignKey(e)) {
            return Refusal.invalid("id", "refers to a record that does not exist");
        }
        if (isCheck(e)) {
            return Refusal.conflict("The change breaks a rule of the record (for example a capacity below "
                    + "the number already enrolled).");
        }
        return e;
    }

    /** The field of the unique key a duplicate broke ("for key 'uq_students_national_id'"), when known. */
    public static String duplicateField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            for (var entry : UNIQUE_KEY_FIELDS.entrySet()) {
                if (message.contains("'" + entry.getKey() + "'") || message.contains("." + entry.getKey() + "'")) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** A CHECK constraint failed (MariaDB 4025, MySQL 3819) anywhere in the cause chain. */
    public static boolean isCheck(Throwable e) {
        return hasErrorCode(e, ER_CONSTRAINT_FAILED, ER_CHECK_CONSTRAINT_VIOLATED);
    }

    /** A foreign key failed (no referenced row 1452, row still referenced 1451) anywhere in the cause chain. */
    public static boolean isForeignKey(Throwable e) {
        return hasErrorCode(e, ER_NO_REFERENCED_ROW_2, ER_ROW_IS_REFERENCED_2);
    }

    private static boolean hasErrorCode(Throwable e, int one, int other) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == one || s.getErrorCode() == other)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isRetryable(Throwable failure) {
        return sqlCause(failure).map(e -> e.getErrorCode() == ER_LOCK_DEADLOCK
                || e.getErrorCode() == ER_LOCK_WAIT_TIMEOUT || "40001".equals(e.getSQLState())).orElse(false);
    }

    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException e && (e.getSQLState() != null && e.getSQLState().startsWith("08")
                    || e.getErrorCode() == ER_CONNECTION_KILLED)) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("CommunicationsException") || name.endsWith("CJCommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    static Optional<SQLException> sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
