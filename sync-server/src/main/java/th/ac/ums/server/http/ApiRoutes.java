package th.ac.ums.server.http;

/** A feature's routes; each {@code XxxRoutes} class implements this and names its roles. */
public interface ApiRoutes {
    void routes(RouteTable.Builder routes);
}
