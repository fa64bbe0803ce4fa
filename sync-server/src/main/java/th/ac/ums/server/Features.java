package th.ac.ums.server;

import java.time.Duration;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.audit.AuditRoutes;
import th.ac.ums.server.auth.AuthRoutes;
import th.ac.ums.server.auth.MeRoutes;
import th.ac.ums.server.auth.Security;
import th.ac.ums.server.helpdesk.HelpdeskRoutes;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Gatekeeper;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.Totals;
import th.ac.ums.server.paging.TotalsCache;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.users.UserRepository;
import th.ac.ums.server.users.UserRoutes;
import th.ac.ums.server.users.UserService;

/**
 * Every feature of the API, built from the infrastructure, and the route table they form.
 * One place to see what the server consists of.
 */
public final class Features {
    private final Security security;
    private final RouteTable routes;

    private Features(Security security, RouteTable routes) {
        this.security = security;
        this.routes = routes;
    }

    public static Features create(Infrastructure infra, ApiRoutes... extra) {
        AuditLog audit = new AuditLog(infra.clock());
        ChangeLog changes = new ChangeLog(infra.clock());
        UserRepository users = new UserRepository();
        Security security = new Security(infra, audit, users);
        Lister lister = new Lister(infra.db(), new Totals(infra.db(), TotalsCache.none()));
        UserService userService = new UserService(infra.db(), users, security.hasher, security.sessions, audit,
                changes, infra.clock());
        RouteTable.Builder routes = RouteTable.builder()
                .with(new AuthRoutes(security.login, security.sessions))
                .with(new MeRoutes(infra.db(), users, security.twoFactor, security.passwords, security.sessions))
                .with(new UserRoutes(userService, lister))
                .with(new HelpdeskRoutes(infra.db(), users, security.sessions, security.loginLimiter,
                        security.twoFactor, audit, lister))
                .with(new AuditRoutes(lister));
        for (ApiRoutes more : extra) {
            routes.with(more);
        }
        return new Features(security, routes.build());
    }

    public Gatekeeper gatekeeper() {
        return security.gatekeeper;
    }

    public RouteTable routes() {
        return routes;
    }

    public Security security() {
        return security;
    }

    void started() {
        security.sweeper.start(Duration.ofMinutes(1));
    }

    void stopping() {
        security.sweeper.stop();
    }
}
