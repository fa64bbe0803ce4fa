package th.ac.ums.server.helpdesk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLists;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.auth.TwoFactorService;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.ratelimit.LoginLimiter;
import th.ac.ums.server.sessions.Session;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.users.UserRecord;
import th.ac.ums.server.users.UserRepository;

/**
 * The helpdesk's rules: whose sessions may be ended and whose second factor reset (an
 * administrator's only by an administrator), unlocking an account (login limits and the
 * second-factor lock), and the live sessions as the API shows them. Each action is audited.
 */
public final class HelpdeskService {
    private final Db db;
    private final UserRepository users;
    private final SessionService sessions;
    private final LoginLimiter limiter;
    private final TwoFactorService twoFactor;
    private final AuditLog audit;
    private final Lister lister;

    public HelpdeskService(Db db, UserRepository users, SessionService sessions, LoginLimiter limiter,
                           TwoFactorService twoFactor, AuditLog audit, Lister lister) {
        this.db = db;
        this.users = users;
        this.sessions = sessions;
        this.limiter = limiter;
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.lister = lister;
    }

    /** The user of this id, or 404. */
    public UserRecord user(long id) {
        return db.readPrimary(exec -> users.findById(exec, id)).orElseThrow(() -> Refusal.notFound("The user"));
    }

    /** One person's sessions (few), newest first, up to {@code limit}; none when no such person. */
    public Page<SessionDto> sessionsOf(Optional<Long> userId, Optional<String> email, int limit) {
        Optional<UserRecord> user = db.readPrimary(exec -> userId.isPresent()
                ? users.findById(exec, userId.get()) : users.findByEmail(exec, email.orElseThrow()));
        List<SessionDto> list = user.map(u -> sessions.forUser(u.id()).stream().map(sessions::dto)
                .sorted(Comparator.comparing(SessionDto::createdAt).reversed()).toList())
                .orElse(List.of());
        return Page.first(list, limit);
    }

    /** A page of the live sessions, each as it is in Redis now (one that ended meanwhile is left out). */
    public Page<SessionDto> liveSessions(PageRequest request) {
        Page<String> ids = lister.list(AuditLists.LIVE_SESSIONS, request, q -> {
        });
        List<Optional<Session>> live = sessions.store().find(ids.data());
        List<SessionDto> data = new ArrayList<>();
        live.forEach(s -> s.ifPresent(x -> data.add(sessions.dto(x))));
        return new Page<>(data, ids.page(), ids.pageSize(), ids.total(), ids.totalExact(), ids.totalPages(),
                ids.nextCursor(), ids.prevCursor());
    }

    /** Ends one session. */
    public void revoke(Caller by, String ip, String sessionId) {
        if (sessionId.length() > 100) {
            throw Refusal.notFound("The session");
        }
        Session session = sessions.find(sessionId).orElseThrow(() -> Refusal.notFound("The session"));
        guardAdministrators(by, session.roles());
        sessions.end(session.id(), session.userId(), SessionService.REVOKED, by, ip);
    }

    /** Ends every session of a user. */
    public void revokeAll(Caller by, String ip, long userId) {
        UserRecord user = user(userId);
        guardAdministrators(by, user.roles());
        int ended = sessions.endAll(user.id(), SessionService.REVOKED, by, ip, null);
        auditUser(by, ip, "user.sessions-revoked", user, Map.of("sessionsEnded", ended));
    }

    /** Clears the account's login limits and its second-factor lock. */
    public void unlock(Caller by, String ip, long userId) {
        UserRecord user = user(userId);
        limiter.clear(user.email());
        twoFactor.unlock(user.id());
        auditUser(by, ip, "user.unlocked", user, Map.of("loginLimitsCleared", true, "secondFactorLockCleared", true));
    }

    /** Removes the user's second factor (they enrol again at their next sign-in). */
    public void resetTwoFactor(Caller by, String ip, long userId) {
        UserRecord user = user(userId);
        guardAdministrators(by, user.roles());
        twoFactor.reset(by, user.id(), ip);
    }

    /**
     * Ending an administrator's sessions or removing their second factor is for administrators: a
     * helpdesk agent cannot act against an account that holds more power than theirs.
     */
    private static void guardAdministrators(Caller by, Collection<Role> target) {
        if (target.contains(Role.ADMIN) && !by.has(Role.ADMIN)) {
            throw Refusal.forbidden(
                    "Only an administrator can end an administrator's sessions or reset their two-factor sign-in.");
        }
    }

    private void auditUser(Caller by, String ip, String action, UserRecord user, Map<String, Object> after) {
        db.write(tx -> {
            audit.record(tx, new AuditEntry(by.userId(), by.email(), action, "user", String.valueOf(user.id()), ip,
                    null, after));
            return null;
        });
    }
}
