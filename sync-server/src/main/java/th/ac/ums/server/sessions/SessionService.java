package th.ac.ums.server.sessions;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.platform.Db;

/**
 * Starting and ending sessions. Ending is immediate and everywhere: the session is removed
 * from Redis (every instance checks Redis on every request), its history row is completed,
 * and, when someone else ended it, an audit event records who and why.
 */
public final class SessionService {
    public static final String LOGOUT = "logout";
    public static final String REVOKED = "revoked";
    public static final String EXPIRED = "expired";
    public static final String PASSWORD_CHANGE = "password-change";
    public static final String TWO_FACTOR_RESET = "2fa-reset";
    public static final String DISABLED = "disabled";

    private final SessionStore store;
    private final SessionHistory history;
    private final Db db;
    private final AuditLog audit;
    private final Clock clock;

    public SessionService(SessionStore store, SessionHistory history, Db db, AuditLog audit, Clock clock) {
        this.store = store;
        this.history = history;
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public Session start(long userId, String email, Set<Role> roles, String ip, String client, String restriction) {
        return start(userId, email, roles, ip, client, restriction, (tx, session) -> {
        });
    }

    /**
     * Starts a session and registers it in one transaction together with {@code alsoInTransaction}
     * (the sign-in's audit event and last-login time): one commit per sign-in.
     */
    public Session start(long userId, String email, Set<Role> roles, String ip, String client, String restriction,
                         java.util.function.BiConsumer<io.helidon.dbclient.DbExecute, Session> alsoInTransaction) {
        return start(userId, email, roles, ip, client, restriction, p -> {
        }, alsoInTransaction);
    }

    /**
     * The same, with {@code alsoInRoundTrip} sent to Redis in the session's own pipeline (a
     * sign-in's settling of its login limits): one Redis round trip and one commit per sign-in.
     */
    public Session start(long userId, String email, Set<Role> roles, String ip, String client, String restriction,
                         java.util.function.Consumer<redis.clients.jedis.AbstractPipeline> alsoInRoundTrip,
                         java.util.function.BiConsumer<io.helidon.dbclient.DbExecute, Session> alsoInTransaction) {
        Session session = store.create(userId, email, roles, ip, client, restriction, alsoInRoundTrip);
        db.write(tx -> {
            history.started(tx, session, store.expiresAt(session));
            alsoInTransaction.accept(tx, session);
            return null;
        });
        return session;
    }

    /**
     * Ends one session. {@code by} is who ended it (null: the system, e.g. a timeout); the audit
     * event is written when the session was ended by someone other than its owner.
     */
    public boolean end(String sessionId, long ownerId, String reason, Caller by, String ip) {
        Optional<SessionStore.Ended> removed = store.remove(sessionId, ownerId);
        boolean completed = db.write(tx -> {
            boolean done = history.ended(tx, sessionId, clock.instant(), reason, by == null ? null : by.userId(),
                    by == null ? null : by.email(), removed.map(SessionStore.Ended::lastSeen).orElse(null));
            if (done && by != null) {
                String action = by.userId() != ownerId ? "session.revoked"
                        : LOGOUT.equals(reason) ? "logout" : "session.ended";
                audit.record(tx, new AuditEntry(by.userId(), by.email(), action, "session", sessionId, ip,
                        null, Map.of("userId", ownerId, "reason", reason)));
            }
            return done;
        });
        return removed.isPresent() || completed;
    }

    /** Ends every session of a user except {@code keep} (null: all); answers how many ended. */
    public int endAll(long userId, String reason, Caller by, String ip, String keep) {
        int ended = 0;
        for (Session s : store.forUser(userId)) {
            if (!s.id().equals(keep) && end(s.id(), userId, reason, by, ip)) {
                ended++;
            }
        }
        return ended;
    }

    public List<Session> forUser(long userId) {
        return store.forUser(userId);
    }

    public Optional<Session> find(String id) {
        return store.find(id);
    }

    /** A session as the API shows it, with when it expires. */
    public th.ac.ums.model.Dtos.SessionDto dto(Session s) {
        return new th.ac.ums.model.Dtos.SessionDto(s.id(), s.userId(), s.email(), s.roles().stream().sorted().toList(),
                s.createdAt(), s.lastSeenAt(), store().expiresAt(s), s.ip(), s.client(),
                th.ac.ums.server.clients.ConsoleVersion.fromUserAgent(s.client()).map(Object::toString).orElse(null));
    }

    public SessionStore store() {
        return store;
    }
}
