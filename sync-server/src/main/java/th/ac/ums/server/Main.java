package th.ac.ums.server;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import th.ac.ums.server.admissions.AdmissionRoutes;
import th.ac.ums.server.admissions.AdmissionService;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.audit.AuditRoutes;
import th.ac.ums.server.auth.AuthRoutes;
import th.ac.ums.server.auth.CachePrefetcher;
import th.ac.ums.server.auth.MeRoutes;
import th.ac.ums.server.auth.Security;
import th.ac.ums.server.auth.SessionGatekeeper;
import th.ac.ums.server.cache.ReadCache;
import th.ac.ums.server.cache.RedisTotalsCache;
import th.ac.ums.server.cli.Args;
import th.ac.ums.server.clients.ClientRoutes;
import th.ac.ums.server.clients.ConsolePolicy;
import th.ac.ums.server.clients.DeskCounts;
import th.ac.ums.server.cli.Exit;
import th.ac.ums.server.cli.Failures;
import th.ac.ums.server.commands.CreateAdminCommand;
import th.ac.ums.server.commands.DemoLauncher;
import th.ac.ums.server.commands.MigrateCommand;
import th.ac.ums.server.export.CsvExport;
import th.ac.ums.server.finance.DayClosePrint;
import th.ac.ums.server.finance.DayCloseService;
import th.ac.ums.server.finance.DocumentRoutes;
import th.ac.ums.server.finance.DocumentService;
import th.ac.ums.server.finance.BankFileImport;
import th.ac.ums.server.finance.BankFileRoutes;
import th.ac.ums.server.finance.BankLayouts;
import th.ac.ums.server.finance.BankLineService;
import th.ac.ums.server.finance.FinanceRoutes;
import th.ac.ums.server.documents.UniversityInfo;
import th.ac.ums.server.finance.FiscalYear;
import th.ac.ums.server.finance.Idempotency;
import th.ac.ums.server.finance.InvoiceGenerator;
import th.ac.ums.server.finance.InvoiceService;
import th.ac.ums.server.finance.Jobs;
import th.ac.ums.server.finance.OverdueSweeper;
import th.ac.ums.server.finance.PaymentService;
import th.ac.ums.server.finance.ReceiptRoutes;
import th.ac.ums.server.finance.ReceiptService;
import th.ac.ums.server.finance.ReportRollups;
import th.ac.ums.server.finance.Reports;
import th.ac.ums.server.finance.RollupRefresher;
import th.ac.ums.server.helpdesk.HelpdeskRoutes;
import th.ac.ums.server.helpdesk.HelpdeskService;
import th.ac.ums.server.helpdesk.SignInHistory;
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
import th.ac.ums.server.records.RecordStore;
import th.ac.ums.server.registrar.ReferenceRoutes;
import th.ac.ums.server.registrar.ReferenceService;
import th.ac.ums.server.seed.SeedCommand;
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
 * The sync server's entry point and composition root: the command line (serve by default, migrate,
 * create-admin, seed, demo) and {@link #wire}, which builds every part of the server in order.
 */
public final class Main {
    static final String USAGE = """
            usage: java -jar ums-sync-server.jar [COMMAND] [OPTIONS]
              serve                                   apply migrations, then serve HTTP (default)
              migrate                                 apply pending migrations and exit
              create-admin --email E [--name N]       create an ADMIN user (password: stdin or UMS_ADMIN_PASSWORD)
              seed --students N [--random-seed S] [--append] [--as-of YYYY-MM-DD]
                                                      fill the database with a synthetic university
              demo [--students N]                     embedded database and Redis, demo data and users, then serve
            environment: UMS_HTTP_HOST UMS_HTTP_PORT UMS_DB_URL UMS_DB_USER UMS_DB_PASSWORD UMS_DB_POOL_SIZE
                         UMS_DB_REPLICA_URL UMS_REDIS_URL UMS_REDIS_PREFIX UMS_TOKEN_SECRET UMS_CONFIG
                         UMS_TLS_CERTIFICATE UMS_TLS_PRIVATE_KEY UMS_TLS_KEYSTORE UMS_TLS_KEYSTORE_PASSWORD""";

    private Main() {
    }

    public static void main(String[] argv) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int code = run(Arrays.asList(argv));
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(List<String> argv) {
        String command = argv.isEmpty() ? "serve" : argv.get(0);
        List<String> rest = argv.isEmpty() ? List.of() : argv.subList(1, argv.size());
        try {
            return switch (command) {
                case "serve" -> ServeCommand.run(settings());
                case "migrate" -> MigrateCommand.run(settings());
                case "create-admin" -> CreateAdminCommand.run(settings(), rest, System.getenv(), System.in);
                case "seed" -> SeedCommand.run(settings(), rest);
                case "demo" -> DemoLauncher.run(rest);
                case "help", "--help", "-h" -> {
                    System.out.println(USAGE);
                    yield 0;
                }
                default -> throw new Args.UsageException("unknown command " + command);
            };
        } catch (Args.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (Exit e) {
            System.err.println(e.getMessage());
            return e.code();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).debug("{} failed", command, e);
            System.err.println(Failures.oneLine(command, e));
            return 1;
        }
    }

    /**
     * The composition root, top to bottom: the shared stores on the infrastructure (data sources and
     * Redis, {@link Infrastructure#open}), the security core, the services, the routes, and the
     * background work. Serving commands and tests start an {@link ApiServer} on what this builds.
     */
    public static Features wire(Infrastructure infra, ApiRoutes... extra) {
        Settings s = infra.settings();
        Clock clock = infra.clock();
        ZoneId timeZone = s.zone("university.time-zone");
        // shared stores: audit trail, change log and events, read cache, record writes, list engine
        AuditLog audit = new AuditLog(clock);
        ChangeLog changes = new ChangeLog(clock);
        EventBus bus = new EventBus(infra.redis());
        ReadCache cache = new ReadCache(infra.redis(), infra.metrics(), s.duration("cache.ttl"), s.bool("cache.enabled"));
        cache.attach(bus);
        Writes writes = new Writes(infra.db(), audit, changes, bus, cache::evictFor);
        RecordStore store = new RecordStore(writes, clock);
        RedisTotalsCache totalsCache = new RedisTotalsCache(infra.redis(), cache,
                infra.metrics(), Duration.ofSeconds(30), Duration.ofMinutes(5),
                // sign-in, session and helpdesk writes add audit entries and session rows unannounced
                java.util.Set.of("audit", "sign-ins", "session-history", "sessions"));
        Lister lister = new Lister(infra.db(), new Totals(infra.db(), totalsCache));
        // the cache key a GET reads is read in the session check's round trip (one Redis round trip a hit)
        CachePrefetcher prefetcher = new CachePrefetcher(cache, totalsCache)
                .document(RouteTable.BASE + th.ac.ums.model.api.ApiPaths.STUDENT, StudentRoutes::student360Key);
        CsvExport export = new CsvExport(infra.db(), clock);
        UserRepository users = new UserRepository();
        // security: tokens, sessions, limits, passwords, two-factor sign-in, and the gate in front of the routes
        Security security = Security.wire(infra, audit, users);
        Gatekeeper gatekeeper = new SessionGatekeeper(security.tokens(), security.store(), security.sessions(),
                new RequestLimiter(infra.redis(), clock, s.integer("rate-limit.anonymous-per-minute")),
                s.integer("rate-limit.session-per-minute"), prefetcher);
        // services
        UserService userService = new UserService(infra.db(), users, security.hasher(), security.sessions(), writes,
                clock);
        UserLocks userLocks = new UserLocks(security.accountLocks());
        InvoiceService invoices = new InvoiceService(writes, clock);
        FiscalYear fiscalYear = new FiscalYear(s.integer("finance.fiscal-year-starts"), timeZone);
        ReceiptService receipts = new ReceiptService(writes, fiscalYear, clock);
        Jobs jobs = new Jobs(infra.redis(), clock);
        ReportRollups reports = new ReportRollups(infra.redis());
        RollupRefresher rollups = new RollupRefresher(new Reports(infra.db(), timeZone), reports,
                new LeaderLock(infra.redis(), "report-rollups", s.duration("reports.leader-ttl")), infra.metrics(),
                clock, new RollupRefresher.Timing(s.duration("reports.refresh-delay"), s.duration("reports.max-age")));
        SortedSearch sortedSearch = new SortedSearch(infra.db(), lister);
        StudentSearch studentSearch = new StudentSearch(lister, sortedSearch);
        HelpdeskService helpdesk = new HelpdeskService(infra.db(), users, security.sessions(), security.loginLimiter(),
                security.twoFactor(), audit, lister);

        PaymentService payments = new PaymentService(new Idempotency(writes), receipts, clock);
        DayCloseService dayClose = new DayCloseService(infra.db(), fiscalYear, clock);
        BankLayouts bankLayouts = BankLayouts.from(s);
        // which consoles are served (426 for older ones) and desks per console version
        ConsolePolicy consoles;
        try {
            consoles = ConsolePolicy.from(s);
        } catch (IllegalStateException e) {
            throw new th.ac.ums.server.cli.Exit(2, e.getMessage());
        }
        DeskCounts desks = new DeskCounts(infra.db(), consoles, infra.metrics(), clock);
        // routes
        RouteTable.Builder routes = RouteTable.builder()
                .clientCheck(consoles::admit, th.ac.ums.model.api.ApiPaths.CLIENT_VERSIONS)
                .with(new ClientRoutes(consoles, desks))
                .with(new AuthRoutes(security.login(), security.sessions()))
                .with(new MeRoutes(infra.db(), users, security.twoFactor(), security.passwords(), security.sessions(),
                        timeZone))
                .with(new UserRoutes(userService, lister, userLocks))
                .with(new HelpdeskRoutes(helpdesk, lister, userLocks))
                .with(new SignInRoutes(helpdesk, new SignInHistory(infra.db(), lister)))
                .with(new AuditRoutes(lister))
                .with(new ReferenceRoutes(lister, new ReferenceService(store, cache)))
                .with(new StudentRoutes(lister, new StudentService(infra.db(), store, cache, clock),
                        studentSearch, sortedSearch, new EnrollmentService(writes, clock), new HoldService(writes, clock),
                        new StudentImport(infra.db(), writes, clock), export))
                .with(new AdmissionRoutes(lister, new AdmissionService(writes, clock), export))
                // before the JSON routes of receipts and invoices, whose {id} would take "5.pdf"
                .with(new DocumentRoutes(new DocumentService(infra.db(), audit, UniversityInfo.from(s), timeZone,
                        dayClose::today, s.bool("finance.documents.english")), dayClose::today))
                // before the finance routes, whose /payments/{id} would take "bank-lines"
                .with(new BankFileRoutes(lister, new BankFileImport(infra.db(), writes, payments, bankLayouts, clock),
                        new BankLineService(writes, payments, clock), bankLayouts, timeZone))
                .with(new FinanceRoutes(lister, invoices, new InvoiceGenerator(infra.db(), writes, invoices, jobs, clock),
                        payments, jobs, reports, export))
                .with(new ReceiptRoutes(lister, receipts, dayClose, new DayClosePrint(infra.db(), UniversityInfo.from(s),
                        timeZone, s.bool("finance.documents.english"), clock), export))
                .with(new SyncRoutes(new ChangeFeed(infra.db(), clock).following(bus), bus, security.store()::exists));
        for (ApiRoutes more : extra) {
            routes.with(more);
        }
        // background work, started with the server (Features#started)
        OverdueSweeper overdue = new OverdueSweeper(writes, infra.redis(), clock);
        return new Features(security, gatekeeper, routes.build(), bus, cache, overdue, rollups);
    }

    private static Settings settings() {
        try {
            return Settings.fromEnvironment();
        } catch (IllegalStateException e) {
            throw new Exit(2, e.getMessage());
        }
    }
}
