package th.ac.ums.server.platform;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import th.ac.ums.server.domain.Refusal;

/**
 * Turns database failures into API answers: an unreachable database or an exhausted pool is
 * 503; a duplicate key is 409; anything else stays an internal error (logged, never shown).
 */
public final class DbFailures {
    private static final int ER_DUP_ENTRY = 1062;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final int ER_LOCK_DEADLOCK = 1213;

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
            if (t instanceof SQLException e && e.getSQLState() != null && e.getSQLState().startsWith("08")) {
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
