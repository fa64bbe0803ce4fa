package th.ac.ums.server;

import java.time.Duration;
import th.ac.ums.server.admissions.AdmissionRoutes;
import th.ac.ums.server.admissions.AdmissionService;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.audit.AuditRoutes;
import th.ac.ums.server.auth.AuthRoutes;
import th.ac.ums.server.auth.MeRoutes;
import th.ac.ums.server.auth.Security;
import th.ac.ums.server.auth.SessionGatekeeper;
import th.ac.ums.server.cache.ReadCache;
import th.ac.ums.server.cache.RedisTotalsCache;
import th.ac.ums.server.export.CsvExport;
import th.ac.ums.server.finance.FinanceRoutes;
import th.ac.ums.server.finance.Idempotency;
import th.ac.ums.server.finance.InvoiceGenerator;
import th.ac.ums.server.finance.InvoiceService;
import th.ac.ums.server.finance.Jobs;
import th.ac.ums.server.finance.OverdueSweeper;
import th.ac.ums.server.finance.PaymentService;
import th.ac.ums.server.finance.ReportRollups;
import th.ac.ums.server.finance.Reports;
import th.ac.ums.server.finance.RollupRefresher;
import th.ac.ums.server.helpdesk.HelpdeskRoutes;
import th.ac.ums.server.helpdesk.SignInRoutes;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Gatekeeper;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.Totals;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.LeaderLock;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.ratelimit.RequestLimiter;
import th.ac.ums.server.registrar.RecordStore;
import th.ac.ums.server.registrar.ReferenceRoutes;
import th.ac.ums.server.students.EnrollmentService;
import th.ac.ums.server.students.HoldService;
import th.ac.ums.server.students.SortedSearch;
import th.ac.ums.server.students.StudentImport;
import th.ac.ums.server.students.StudentRoutes;
import th.ac.ums.server.students.StudentSearch;
import th.ac.ums.server.students.StudentService;
import th.ac.ums.server.sync.ChangeFeed;
import th.ac.ums.server.sync.ChangeLog;
import th.ac.ums.server.sync.EventBus;
import th.ac.ums.server.sync.SyncRoutes;
import th.ac.ums.server.sync.Writes;
import th.ac.ums.server.users.UserLocks;
import th.ac.ums.server.users.UserRepository;
import th.ac.ums.server.users.UserRoutes;
import th.ac.ums.server.users.UserService;

/**
 * Every feature of the API, built from the infrastructure, and the route table they form.
 * One place to see what the server consists of.
 */
public final class Features {
    private final Security security;
    private final Gatekeeper gatekeeper;
    private final RouteTable routes;
    private final EventBus bus;
    private final ReadCache cache;
    private final OverdueSweeper overdue;
    private final RollupRefresher rollups;

    private Features(Security security, Gatekeeper gatekeeper, RouteTable routes, EventBus bus, ReadCache cache,
                     OverdueSweeper overdue, RollupRefresher rollups) {
        this.security = security;
        this.gatekeeper = gatekeeper;
        this.routes = routes;
        this.bus = bus;
        this.cache = cache;
        this.overdue = overdue;
        this.rollups = rollups;
    }

    public static Features create(Infrastructure infra, ApiRoutes... extra) {
        Settings s = infra.settings();
        java.time.ZoneId timeZone = s.zone("university.time-zone");
        AuditLog audit = new AuditLog(infra.clock());
        ChangeLog changes = new ChangeLog(infra.clock());
        EventBus bus = new EventBus(infra.redis());
        ReadCache cache = new ReadCache(infra.redis(), infra.metrics(), s.duration("cache.ttl"), s.bool("cache.enabled"));
        cache.attach(bus);
        Writes writes = new Writes(infra.db(), audit, changes, bus, cache::evictFor);
        UserRepository users = new UserRepository();
        Security security = Security.wire(infra, audit, users);
        Gatekeeper gatekeeper = new SessionGatekeeper(security.tokens(), security.store(), security.sessions(),
                new RequestLimiter(infra.redis(), infra.clock(), s.integer("rate-limit.anonymous-per-minute")),
                s.integer("rate-limit.session-per-minute"));
        Lister lister = new Lister(infra.db(), new Totals(infra.db(), new RedisTotalsCache(infra.redis(), cache,
                infra.metrics(), Duration.ofSeconds(30), Duration.ofMinutes(5))));
        RecordStore store = new RecordStore(writes, infra.clock());
        CsvExport export = new CsvExport(infra.db(), infra.clock());
        UserService userService = new UserService(infra.db(), users, security.hasher(), security.sessions(), audit,
                changes, infra.clock());
        UserLocks userLocks = new UserLocks(security.accountLocks());
        InvoiceService invoices = new InvoiceService(writes, infra.clock());
        Jobs jobs = new Jobs(infra.redis(), infra.clock());
        ReportRollups reports = new ReportRollups(infra.redis());
        RollupRefresher rollups = new RollupRefresher(new Reports(infra.db(), timeZone), reports,
                new LeaderLock(infra.redis(), "report-rollups", s.duration("reports.leader-ttl")), infra.metrics(),
                infra.clock(), new RollupRefresher.Timing(s.duration("reports.refresh-delay"),
                        s.duration("reports.max-age")));
        SortedSearch sortedSearch = new SortedSearch(infra.db(), lister);
        StudentSearch studentSearch = new StudentSearch(lister, sortedSearch);
        RouteTable.Builder routes = RouteTable.builder()
                .with(new AuthRoutes(security.login(), security.sessions()))
                .with(new MeRoutes(infra.db(), users, security.twoFactor(), security.passwords(), security.sessions(),
                        timeZone))
                .with(new UserRoutes(userService, lister, userLocks))
                .with(new HelpdeskRoutes(infra.db(), users, security.sessions(), security.loginLimiter(),
                        security.twoFactor(), audit, lister, userLocks))
                .with(new SignInRoutes(infra.db(), users, lister))
                .with(new AuditRoutes(lister))
                .with(new ReferenceRoutes(lister, store, cache))
                .with(new StudentRoutes(lister, new StudentService(infra.db(), store, cache, infra.clock()),
                        studentSearch, sortedSearch, new EnrollmentService(writes, infra.clock()),
                        new HoldService(writes, infra.clock()), new StudentImport(infra.db(), writes, infra.clock()),
                        export))
                .with(new AdmissionRoutes(lister, new AdmissionService(writes, infra.clock()), export))
                .with(new FinanceRoutes(lister, invoices, new InvoiceGenerator(infra.db(), writes, invoices, jobs,
                        infra.clock()), new PaymentService(new Idempotency(writes), infra.clock()), jobs,
                        reports, export))
                .with(new SyncRoutes(new ChangeFeed(infra.db(), infra.clock()).following(bus), bus, security.store()::exists));
        for (ApiRoutes more : extra) {
            routes.with(more);
        }
        return new Features(security, gatekeeper, routes.build(), bus, cache,
                new OverdueSweeper(writes, infra.redis(), infra.clock()), rollups);
    }

    public Gatekeeper gatekeeper() {
        return gatekeeper;
    }

    public RouteTable routes() {
        return routes;
    }

    public Security security() {
        return security;
    }

    public EventBus events() {
        return bus;
    }

    public ReadCache cache() {
        return cache;
    }

    public OverdueSweeper overdue() {
        return overdue;
    }

    /** The report rollups' refresher of this instance (leader or not). */
    public RollupRefresher rollups() {
        return rollups;
    }

    void started() {
        bus.start();
        rollups.start(bus);
        security.sweeper().start(Duration.ofMinutes(1));
        overdue.start(Duration.ofMinutes(15));
    }

    void stopping() {
        security.sweeper().stop();
        overdue.stop();
        rollups.stop();
        bus.close();
    }
}
