package th.ac.ums.server.finance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ac.ums.server.finance.ReportRollups.Rollup;
import th.ac.ums.server.platform.Election;
import th.ac.ums.server.platform.LeaderLock;
import th.ac.ums.server.platform.Metrics;
import th.ac.ums.server.sync.ChangeEvent;
import th.ac.ums.server.sync.EventBus;

/**
 * Keeps the report rollups current, on one instance: the holder of a Redis leader lock (an
 * {@link Election}; a dead leader's lock expires and another instance takes over). The leader
 * refreshes a rollup when a committed change touches what it counts, at most once per
 * {@code refresh-delay} (a burst of changes is one refresh), when the day changes, and at least
 * every {@code max-age} (then from scratch). One refresh runs at a time; each is timed ({@code ums_report_refresh}).
 */
public final class RollupRefresher {
    private static final Logger LOG = LoggerFactory.getLogger(RollupRefresher.class);

    private final Reports reports;
    private final ReportRollups rollups;
    private final LeaderLock lock;
    private final Election election;
    private final RollupDocuments documents;
    private final Metrics metrics;
    private final Clock clock;
    private final Timing timing;
    private final Set<Rollup> dirty = EnumSet.noneOf(Rollup.class);
    private volatile boolean running;
    private volatile boolean refreshing;
    private long lastStart;
    private long lastFull;
    private String day = "";
    private Thread refresher;

    /** How often: at most once per {@code delay} after a change, at least once per {@code maxAge}. */
    public record Timing(Duration delay, Duration maxAge) {
        long tickMillis() {
            return Math.clamp(delay.toMillis() / 2, 50, 1000);
        }
    }

    public RollupRefresher(Reports reports, ReportRollups rollups, LeaderLock lock, Metrics metrics, Clock clock,
                           Timing timing) {
        this.reports = reports;
        this.rollups = rollups;
        this.lock = lock;
        this.metrics = metrics;
        this.clock = clock;
        this.timing = timing;
        this.election = new Election(lock, this::becameLeader);
        this.documents = new RollupDocuments(reports, metrics);
        metrics.gauge("ums_report_rollup_leader", "1 on the instance that keeps the report rollups",
                () -> election.leader() ? 1 : 0);
    }

    /**
     * Listens for changes and starts electing and refreshing. The very first time no rollup exists
     * anywhere, the instance that takes the lock computes them here, before it serves requests.
     */
    public void start(EventBus bus) {
        bus.listen(this::onChange);
        running = true;
        try {
            if (election.start("rollup-elector") && !rollups.complete()) {
                refresh();
            }
        } catch (RuntimeException e) {
            LOG.warn("report rollups not prepared at start ({}); the refresher retries", e.getMessage());
        }
        refresher = Thread.ofVirtual().name("rollup-refresher").start(this::refreshLoop);
    }

    /** Stops, and hands the lock over at once (a clean shutdown). */
    public void stop() {
        end(true);
    }

    /** Stops like a crashed instance: the lock is kept until its TTL runs out (tests of failover). */
    public void halt() {
        end(false);
    }

    private void end(boolean release) {
        running = false;
        election.stop(release);
        if (refresher != null) {
            refresher.interrupt();
        }
    }

    public boolean leader() {
        return election.leader();
    }

    /** True when this instance is not the leader, or is and has nothing left to refresh (tests wait for it). */
    public synchronized boolean settled() {
        return !election.leader() || dirty.isEmpty() && !refreshing;
    }

    private void onChange(ChangeEvent change) {
        if (election.leader() && !change.isRolledBack()) {
            Set<Rollup> touched = touchedBy(change.entity());
            if ("payment".equals(change.entity()) && change.id().matches("^[0-9]{1,18}$")) {
                reports.paymentAdded(Long.parseLong(change.id()));
            }
            synchronized (this) {
                dirty.addAll(touched);
            }
        }
    }

    /** The rollups that count rows of an entity. */
    static Set<Rollup> touchedBy(String entity) {
        return switch (entity) {
            case "payment" -> EnumSet.allOf(Rollup.class);
            case "invoice" -> EnumSet.of(Rollup.AGING_FACULTY, Rollup.AGING_PROGRAM, Rollup.FINANCE);
            case "student", "faculty", "program" -> EnumSet.of(Rollup.AGING_FACULTY, Rollup.AGING_PROGRAM,
                    Rollup.DASHBOARD);
            case "application" -> EnumSet.of(Rollup.DASHBOARD);
            default -> EnumSet.noneOf(Rollup.class);
        };
    }

    private synchronized void becameLeader() {
        reports.recountPayments();
        dirty.addAll(EnumSet.allOf(Rollup.class));
        lastStart = System.nanoTime() - timing.delay().toNanos();
        lastFull = System.nanoTime();
    }

    private void refreshLoop() {
        while (running) {
            try {
                if (election.leader() && due()) {
                    refresh();
                }
            } catch (RuntimeException e) {
                LOG.warn("report refresh failed (retried in {}): {}", timing.delay(), e.getMessage());
            }
            if (!pause(timing.tickMillis())) {
                return;
            }
        }
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Whether to refresh now: something is dirty and the last refresh began at least refresh-delay ago. */
    private synchronized boolean due() {
        long now = System.nanoTime();
        String today = dayOf(clock.instant());
        if (!today.equals(day) || now - lastFull >= timing.maxAge().toNanos()) {
            // everything from scratch: what a lagging replica or a load outside the API hid is counted now
            dirty.addAll(EnumSet.allOf(Rollup.class));
            reports.recountPayments();
            lastFull = now;
        }
        return !dirty.isEmpty() && now - lastStart >= timing.delay().toNanos();
    }

    private String dayOf(Instant at) {
        return Reports.utcDay(at) + "/" + reports.localDay(at);
    }

    /** Computes the dirty rollups as of now and stores them (only while still the leader). */
    void refresh() {
        Set<Rollup> work;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        synchronized (this) {
            refreshing = true;
            lastStart = System.nanoTime();
            work = EnumSet.copyOf(dirty.isEmpty() ? EnumSet.allOf(Rollup.class) : dirty);
            dirty.clear();
            day = dayOf(at);
        }
        long started = System.nanoTime();
        try {
            Map<Rollup, byte[]> documents = this.documents.of(work, at);
            if (!rollups.put(lock, documents)) {
                LOG.warn("report rollups of {} not stored: this instance no longer holds the lock", at);
                return;
            }
            long nanos = System.nanoTime() - started;
            metrics.reportRefresh("all", nanos);
            LOG.info("report rollups {} refreshed as of {} in {} ms", work, at, nanos / 1_000_000);
        } catch (RuntimeException e) {
            synchronized (this) {
                dirty.addAll(work);
            }
            throw e;
        } finally {
            synchronized (this) {
                refreshing = false;
            }
        }
    }
}
