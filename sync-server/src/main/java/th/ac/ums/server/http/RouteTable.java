package th.ac.ums.server.http;

import io.helidon.common.Weighted;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpFeature;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.ParamSet;
import th.ac.ums.server.paging.QueryParams;

/**
 * Every API route with the roles it admits. The table is the single source for routing,
 * role checks, 404/405 answers, and the test that walks every route with every role.
 */
public final class RouteTable {
    /** The prefix of every route: common-model's {@link ApiPaths#BASE}. */
    public static final String BASE = ApiPaths.BASE;

    private final List<Route> routes;
    /** Refuses a client by its User-Agent before anything else (a console older than the server serves). */
    private final java.util.function.Consumer<String> clientCheck;
    /** The one route the client check never refuses: where a refused console learns what to install. */
    private final String exempt;

    private RouteTable(List<Route> routes, java.util.function.Consumer<String> clientCheck, String exempt) {
        this.routes = List.copyOf(routes);
        this.clientCheck = clientCheck;
        this.exempt = exempt;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Route> routes() {
        return routes;
    }

    /** Registers every route, then a catch-all that answers 404 or 405 as problem+json. */
    public void register(HttpRouting.Builder routing, Gatekeeper gatekeeper, ClientAddress clients,
                         long maxBody, long maxImport) {
        for (Route route : routes) {
            long limit = route.body() == Route.Body.CSV ? maxImport : maxBody;
            routing.route(route.method(), route.path(),
                    (req, res) -> dispatch(route, gatekeeper, clients, limit, req, res));
        }
        routing.addFeature(new Unmatched());
    }

    /**
     * The catch-all 404/405 answer, as a feature of the lowest weight so that routes added by
     * server features (health under /observe) are matched before it.
     */
    private final class Unmatched implements HttpFeature, Weighted {
        @Override
        public void setup(HttpRouting.Builder routing) {
            routing.any(RouteTable.this::unmatched);
        }

        @Override
        public double weight() {
            return 0.1;
        }
    }

    private void dispatch(Route route, Gatekeeper gatekeeper, ClientAddress clients, long limit,
                          ServerRequest req, ServerResponse res) throws Exception {
        req.context().register(HttpFilter.ROUTE_KEY, route.path());
        if (req.path().rawPath().indexOf(';') >= 0) {
            // a path parameter (";x=1") would be dropped silently and the route answered anyway
            throw new ApiException(404, "Not found", "There is no such endpoint.");
        }
        if (!route.path().equals(exempt)) {
            clientCheck.accept(req.headers().first(HeaderNames.USER_AGENT).orElse(null));
        }
        String ip = clients.resolve(req);
        Caller caller = null;
        if (route.isPublic()) {
            gatekeeper.admitAnonymous(req, ip);
        } else {
            caller = gatekeeper.authenticate(req, ip);
            th.ac.ums.server.platform.RequestScope.current().session(caller.sessionId());
            req.context().register(HttpFilter.USER_KEY, String.valueOf(caller.userId()));
            Set<Role> allowed = route.roles().isEmpty() ? Role.STAFF : route.roles();
            if (!caller.hasAnyRole(allowed)) {
                throw Refusal.forbidden();
            }
            if (caller.mustEnrollTwoFactor() && !route.openWhileEnrolling()) {
                throw new ApiException(403, "Two-factor enrollment required",
                        "Set up two-factor sign-in (POST /api/v1/me/2fa/enrollment) before anything else.");
            }
        }
        checkBody(route, req, limit);
        QueryParams.of(req.query()).allowOnly(route.query().names());
        route.handler().handle(new Call(req, res, caller, ip, limit));
    }

    private static void checkBody(Route route, ServerRequest req, long limit) {
        var length = req.headers().contentLength();
        if (length.isPresent() && length.getAsLong() > limit) {
            throw ApiException.tooLarge(limit);
        }
        boolean hasBody = req.content().hasEntity() && (length.isEmpty() || length.getAsLong() > 0);
        if (!hasBody) {
            return;
        }
        var type = req.headers().contentType().map(HttpMediaType::mediaType).map(m -> m.text().toLowerCase());
        switch (route.body()) {
            case JSON -> {
                if (type.isEmpty() || !type.get().equals("application/json")) {
                    throw ApiException.unsupportedMediaType("application/json");
                }
            }
            case CSV -> {
                if (type.isEmpty() || !type.get().equals("text/csv")) {
                    throw ApiException.unsupportedMediaType("text/csv");
                }
            }
            case NONE -> {
                if (type.isPresent() && !type.get().equals("application/json")) {
                    throw ApiException.unsupportedMediaType("application/json or no body");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private void unmatched(ServerRequest req, ServerResponse res) {
        String path = req.path().path();
        Set<String> allowed = routes.stream()
                .filter(r -> r.pattern().matcher(path).matches())
                .map(r -> r.method().text())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (allowed.isEmpty()) {
            Problems.send(res, new ApiException(404, "Not found", "There is no such endpoint: " + safe(path) + "."));
            return;
        }
        res.header(HeaderNames.ALLOW, String.join(", ", allowed));
        Problems.send(res, new ApiException(405, "Method not allowed",
                "This endpoint answers " + String.join(", ", allowed) + "."));
    }

    private static String safe(String path) {
        String clipped = path.length() > 100 ? path.substring(0, 100) + "…" : path;
        return clipped.replaceAll("[^A-Za-z0-9/_.\\-{}…]", "?");
    }

    /** Collects routes; each feature's {@code XxxRoutes} adds its own. */
    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();
        private java.util.function.Consumer<String> clientCheck = userAgent -> {
        };
        private String exempt = "";

        /**
         * Every route but {@code exemptPath} first passes the caller's User-Agent to {@code check},
         * which throws {@link ApiException} to refuse the call.
         */
        public Builder clientCheck(java.util.function.Consumer<String> check, String exemptPath) {
            this.clientCheck = check;
            this.exempt = BASE + exemptPath;
            return this;
        }

        public Builder get(String path, Set<Role> roles, CallHandler handler) {
            return add(Method.GET, path, roles, handler, Route.Body.NONE);
        }

        public Builder post(String path, Set<Role> roles, CallHandler handler) {
            return add(Method.POST, path, roles, handler, Route.Body.JSON);
        }

        public Builder patch(String path, Set<Role> roles, CallHandler handler) {
            return add(Method.PATCH, path, roles, handler, Route.Body.JSON);
        }

        public Builder put(String path, Set<Role> roles, CallHandler handler) {
            return add(Method.PUT, path, roles, handler, Route.Body.JSON);
        }

        public Builder delete(String path, Set<Role> roles, CallHandler handler) {
            return add(Method.DELETE, path, roles, handler, Route.Body.JSON);
        }

        public Builder upload(String path, Set<Role> roles, CallHandler handler) {
            return add(Method.POST, path, roles, handler, Route.Body.CSV);
        }

        /** A GET anyone may call (still counted against the per-IP limit). */
        public Builder publicGet(String path, CallHandler handler) {
            return add(Method.GET, path, null, handler, Route.Body.NONE);
        }

        /** A route anyone may call (still counted against the per-IP limit). */
        public Builder publicPost(String path, CallHandler handler) {
            return add(Method.POST, path, null, handler, Route.Body.JSON);
        }

        public Builder add(Method method, String path, Set<Role> roles, CallHandler handler, Route.Body body) {
            routes.add(new Route(method, BASE + path, roles, handler, body, false, ParamSet.NONE));
            return this;
        }

        /** The last added route may also be called by a session that must first enrol two-factor sign-in. */
        public Builder openWhileEnrolling() {
            routes.add(routes.remove(routes.size() - 1).openWhileEnrolling(true));
            return this;
        }

        /** The query parameters the last added route takes (none unless declared). */
        public Builder query(ParamSet query) {
            routes.add(routes.remove(routes.size() - 1).with(query));
            return this;
        }

        /** The last added route takes these query parameters. */
        public Builder query(String... names) {
            return query(ParamSet.of(names));
        }

        public Builder with(ApiRoutes feature) {
            feature.routes(this);
            return this;
        }

        public RouteTable build() {
            return new RouteTable(routes, clientCheck, exempt);
        }
    }
}
