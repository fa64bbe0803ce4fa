package th.ac.ums.server.helpdesk;

import java.util.Optional;
import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.audit.AuditLists;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.ParamSet;
import th.ac.ums.server.users.UserLists;
import th.ac.ums.server.users.UserLocks;

/**
 * Helpdesk (HELPDESK, ADMIN): active sessions with their IP, client, start, last activity and
 * expiry; revoke one or all of a user's; ended-session history; unlock (clear login limits);
 * reset two-factor sign-in. Each action is audited with who did it.
 */
public final class HelpdeskRoutes implements ApiRoutes {
    private final HelpdeskService helpdesk;
    private final Lister lister;
    private final UserLocks locks;

    public HelpdeskRoutes(HelpdeskService helpdesk, Lister lister, UserLocks locks) {
        this.helpdesk = helpdesk;
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
            call.ok(helpdesk.sessionsOf(userId, email, limit));
            return;
        }
        call.ok(helpdesk.liveSessions(PageRequest.parse(call.query(), AuditLists.LIVE_SESSIONS, Set.of())));
    }

    private void history(Call call) {
        call.ok(lister.list(AuditLists.SESSION_HISTORY,
                PageRequest.parse(call.query(), AuditLists.SESSION_HISTORY, Set.of()), q -> {
                }));
    }

    private void revoke(Call call) {
        helpdesk.revoke(call.caller(), call.clientIp(), call.pathParam("id"));
        call.noContent();
    }

    private void revokeAll(Call call) {
        helpdesk.revokeAll(call.caller(), call.clientIp(), call.pathId("id"));
        call.noContent();
    }

    private void unlock(Call call) {
        helpdesk.unlock(call.caller(), call.clientIp(), call.pathId("id"));
        call.noContent();
    }

    private void resetTwoFactor(Call call) {
        helpdesk.resetTwoFactor(call.caller(), call.clientIp(), call.pathId("id"));
        call.noContent();
    }
}
