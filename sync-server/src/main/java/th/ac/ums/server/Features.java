package th.ac.ums.server;

import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Gatekeeper;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.platform.Infrastructure;

/**
 * Every feature of the API, built from the infrastructure, and the route table they form.
 * One place to see what the server consists of.
 */
public final class Features {
    private final Gatekeeper gatekeeper;
    private final RouteTable routes;

    private Features(Gatekeeper gatekeeper, RouteTable routes) {
        this.gatekeeper = gatekeeper;
        this.routes = routes;
    }

    public static Features create(Infrastructure infra, ApiRoutes... extra) {
        RouteTable.Builder routes = RouteTable.builder();
        for (ApiRoutes more : extra) {
            routes.with(more);
        }
        return new Features(Gatekeeper.closed(), routes.build());
    }

    public Gatekeeper gatekeeper() {
        return gatekeeper;
    }

    public RouteTable routes() {
        return routes;
    }

    void started() {
    }

    void stopping() {
    }
}
