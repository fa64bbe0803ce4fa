package th.ac.ums.server.sessions;

import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Rows;

/**
 * The durable record of sessions (session_history): a row is written when a session starts
 * (ended_at NULL) and completed when it ends, with the reason and who ended it. Rows whose
 * Redis session vanished (idle timeout) are completed as "expired" by {@link SessionSweeper}.
 */
public final class SessionHistory {
    private final Db db;

    public SessionHistory(Db db) {
        this.db = db;
    }

    /** Registers a started session, inside the caller's transaction (the sign-in's). */
    public void started(DbExecute exec, Session s, Instant expiresAt) {
        exec.createInsert("INSERT INTO session_history (id, user_id, email, created_at, last_seen_at, "
                        + "expires_at, ip, client) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), s.userId(), s.email(), Rows.utc(s.createdAt()), Rows.utc(s.lastSeenAt()),
                        Rows.utc(expiresAt), s.ip(), s.client())
                .execute();
    }

    /** Completes the row of a session; does nothing if it was already ended. */
    public boolean ended(DbExecute exec, String sessionId, Instant at, String reason, Long endedBy,
                         String endedByEmail, Instant lastSeen) {
        return exec.createUpdate("UPDATE session_history SET ended_at = ?, reason = ?, ended_by = ?, "
                        + "ended_by_email = ?, last_seen_at = COALESCE(?, last_seen_at) WHERE id = ? AND ended_at IS NULL")
                .params(Rows.utc(at), reason, endedBy, endedByEmail, Rows.utc(lastSeen), sessionId)
                .execute() == 1;
    }

    /** Live rows (ended_at NULL) after the given id, oldest first: the sweeper's batches. */
    public List<LiveRow> live(String afterId, int limit) {
        return db.read(exec -> {
            try (Stream<DbRow> rows = exec.query("SELECT id, user_id, last_seen_at, expires_at FROM session_history "
                    + "FORCE INDEX (ix_session_history_live) WHERE ended_at IS NULL AND id > ? ORDER BY id LIMIT ?",
                    afterId, limit)) {
                return rows.map(r -> new LiveRow(Rows.str(r, "id"), Rows.lng(r, "user_id"),
                        Rows.instant(r, "last_seen_at"), Rows.instant(r, "expires_at"))).toList();
            }
        });
    }

    /** A session the database still believes is live. */
    public record LiveRow(String id, long userId, Instant lastSeen, Instant expiresAt) {
    }
}
