package th.ac.ums.server;

import java.time.Duration;
import th.ac.ums.server.auth.Security;
import th.ac.ums.server.cache.ReadCache;
import th.ac.ums.server.finance.OverdueSweeper;
import th.ac.ums.server.finance.RollupRefresher;
import th.ac.ums.server.http.Gatekeeper;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.sync.EventBus;

/**
 * What the composition root ({@link Main#wire}) built: the route table, the gate in front of it,
 * and the parts with a life of their own (events, cache, background jobs), started and stopped
 * with the server.
 */
public final class Features {
    private final Security security;
    private final Gatekeeper gatekeeper;
    private final RouteTable routes;
    private final EventBus bus;
    private final ReadCache cache;
    private final OverdueSweeper overdue;
    private final RollupRefresher rollups;

    Features(Security security, Gatekeeper gatekeeper, RouteTable routes, EventBus bus, ReadCache cache,
                     OverdueSweeper overdue, RollupRefresher rollups) {
        this.security = security;
        this.gatekeeper = gatekeeper;
        this.routes = routes;
        this.bus = bus;
        this.cache = cache;
        this.overdue = overdue;
        this.rollups = rollups;
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
