package th.ac.ums.server.helpdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLists;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.auth.MeRoutes;
import th.ac.ums.server.auth.TwoFactorService;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.Route;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.ParamSet;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.ratelimit.LoginLimiter;
import th.ac.ums.server.sessions.Session;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.users.UserLists;
import th.ac.ums.server.users.UserLocks;
import th.ac.ums.server.users.UserRecord;
import th.ac.ums.server.users.UserRepository;

/**
 * Helpdesk (HELPDESK, ADMIN): active sessions with their IP, client, start, last activity and
 * expiry; revoke one or all of a user's; ended-session history; unlock (clear login limits);
 * reset two-factor sign-in. Each action is audited with who did it.
 */
public final class HelpdeskRoutes implements ApiRoutes {
    private final Db db;
    private final UserRepository users;
    private final SessionService sessions;
    private final LoginLimiter limiter;
    private final TwoFactorService twoFactor;
    private final AuditLog audit;
    private final Lister lister;
    private final UserLocks locks;

    public HelpdeskRoutes(Db db, UserRepository users, SessionService sessions, LoginLimiter limiter,
                          TwoFactorService twoFactor, AuditLog audit, Lister lister, UserLocks locks) {
        this.db = db;
        this.users = users;
        this.sessions = sessions;
        this.limiter = limiter;
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.lister = lister;
        this.locks = locks;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.HELPDESK_USERS, Role.HELPDESK_AREA, this::findUsers).query(UserLists.USERS.pageQuery())
                .get(ApiPaths.SESSIONS, Role.HELPDESK_AREA, this::list).query(sessionsQuery())
                .get(ApiPaths.SESSIONS_HISTORY, Role.HELPDESK_AREA, this::history)
                .query(AuditLists.SESSION_HISTORY.pageQuery())
                .delete(ApiPaths.SESSION, Role.HELPDESK_AREA, this::revoke)
                .delete(ApiPaths.USER_SESSIONS, Role.HELPDESK_AREA, this::revokeAll)
                .post(ApiPaths.USER_UNLOCK, Role.HELPDESK_AREA, this::unlock)
                .delete(ApiPaths.USER_2FA, Role.HELPDESK_AREA, this::resetTwoFactor);
    }

    private static ParamSet sessionsQuery() {
        ParamSet live = AuditLists.LIVE_SESSIONS.pageQuery();
        Set<String> names = new java.util.HashSet<>(live.names());
        names.addAll(Set.of("userId", "email"));
        return new ParamSet(Set.copyOf(names), live.search(), true);
    }

    /** Finding the person who called: the user list's search, read-only, for the helpdesk. */
    private void findUsers(Call call) {
        call.ok(locks.page(lister.list(UserLists.USERS, PageRequest.parse(call.query(), UserLists.USERS, Set.of()),
                q -> {
                })));
    }

    private void list(Call call) {
        Optional<Long> userId = call.query().id("userId");
        Optional<String> email = call.query().string("email");
        if (userId.isPresent() && email.isPresent()) {
            throw Refusal.invalid("email", "cannot be combined with userId; name the user one way");
        }
        if (userId.isPresent() || email.isPresent()) {
            // one person's sessions are few: one page of up to limit, newest first, no cursor
            call.query().allowOnly(Set.of("userId", "email", "limit"));
            int limit = call.query().limit("limit", PageRequest.DEFAULT_LIMIT, PageRequest.MAX_LIMIT);
            Optional<UserRecord> user = db.readPrimary(exec -> userId.isPresent()
                    ? users.findById(exec, userId.get()) : users.findByEmail(exec, email.get()));
            List<SessionDto> list = user.map(u -> sessions.forUser(u.id()).stream().map(this::dto)
                    .sorted(java.util.Comparator.comparing(SessionDto::createdAt).reversed()).toList())
                    .orElse(List.of());
            call.ok(Page.first(list, limit));
            return;
        }
        PageRequest request = PageRequest.parse(call.query(), AuditLists.LIVE_SESSIONS, Set.of());
        Page<String> ids = lister.list(AuditLists.LIVE_SESSIONS, request, q -> {
        });
        List<Optional<Session>> live = sessions.store().find(ids.data());
        List<SessionDto> data = new ArrayList<>();
        live.forEach(s -> s.ifPresent(x -> data.add(dto(x))));
        call.ok(new Page<>(data, ids.page(), ids.pageSize(), ids.total(), ids.totalExact(), ids.totalPages(),
                ids.nextCursor(), ids.prevCursor()));
    }

    private void history(Call call) {
        call.ok(lister.list(AuditLists.SESSION_HISTORY,
                PageRequest.parse(call.query(), AuditLists.SESSION_HISTORY, Set.of()), q -> {
                }));
    }

    private void revoke(Call call) {
        String id = call.pathParam("id");
        if (id.length() > 100) {
            throw Refusal.notFound("The session");
        }
        Session session = sessions.find(id).orElseThrow(() -> Refusal.notFound("The session"));
        guardAdministrators(call, session.roles());
        sessions.end(session.id(), session.userId(), SessionService.REVOKED, call.caller(), call.clientIp());
        call.noContent();
    }

    private void revokeAll(Call call) {
        UserRecord user = user(call);
        guardAdministrators(call, user.roles());
        int ended = sessions.endAll(user.id(), SessionService.REVOKED, call.caller(), call.clientIp(), null);
        auditUser(call, "user.sessions-revoked", user, Map.of("sessionsEnded", ended));
        call.noContent();
    }

    private void unlock(Call call) {
        UserRecord user = user(call);
        limiter.clear(user.email());
        twoFactor.unlock(user.id());
        auditUser(call, "user.unlocked", user, Map.of("loginLimitsCleared", true, "secondFactorLockCleared", true));
        call.noContent();
    }

    private void resetTwoFactor(Call call) {
        UserRecord user = user(call);
        guardAdministrators(call, user.roles());
        twoFactor.reset(call.caller(), user.id(), call.clientIp());
        call.noContent();
    }

    /**
     * Ending an administrator's sessions or removing their second factor is for administrators: a
     * helpdesk agent cannot act against an account that holds more power than theirs.
     */
    private static void guardAdministrators(Call call, java.util.Collection<Role> target) {
        if (target.contains(Role.ADMIN) && !call.caller().has(Role.ADMIN)) {
            throw Refusal.forbidden(
                    "Only an administrator can end an administrator's sessions or reset their two-factor sign-in.");
        }
    }

    private UserRecord user(Call call) {
        long id = call.pathId("id");
        return db.readPrimary(exec -> users.findById(exec, id)).orElseThrow(() -> Refusal.notFound("The user"));
    }

    private void auditUser(Call call, String action, UserRecord user, Map<String, Object> after) {
        db.write(tx -> {
            audit.record(tx, new AuditEntry(call.caller().userId(), call.caller().email(), action, "user",
                    String.valueOf(user.id()), call.clientIp(), null, after));
            return null;
        });
    }

    private SessionDto dto(Session s) {
        return MeRoutes.toDto(s, sessions.store().expiresAt(s));
    }
}
