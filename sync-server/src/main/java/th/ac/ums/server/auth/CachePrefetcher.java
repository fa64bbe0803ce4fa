package th.ac.ums.server.auth;

import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import th.ac.ums.server.cache.ReadCache;
import th.ac.ums.server.cache.RedisTotalsCache;
import th.ac.ums.server.http.Prefetcher;
import th.ac.ums.server.platform.RequestScope;

/**
 * The cache key a GET will read, named before authentication: a cached document whose key the
 * route declares from its path (the Student 360), or else the list total this route and query
 * read last time (learned by {@link RedisTotalsCache}, with the resource's current generation).
 * It sits with the gate (not in cache, which knows nothing of HTTP) because it reads routes and queries.
 */
public final class CachePrefetcher implements Prefetcher {
    private final ReadCache cache;
    private final RedisTotalsCache totals;
    private final Map<String, Function<ServerRequest, String>> documents = new ConcurrentHashMap<>();

    public CachePrefetcher(ReadCache cache, RedisTotalsCache totals) {
        this.cache = cache;
        this.totals = totals;
    }

    /** GETs of {@code route} read the cached document {@code key} answers (null: none). */
    public CachePrefetcher document(String route, Function<ServerRequest, String> key) {
        documents.put(route, key);
        return this;
    }

    @Override
    public String key(ServerRequest request) {
        String route = Prefetcher.route(request);
        if (route == null || request.prologue().method() != Method.GET) {
            return null;
        }
        Function<ServerRequest, String> document = documents.get(route);
        if (document != null) {
            String key = document.apply(request);
            return key == null ? null : cache.prefetchKey(key);
        }
        String signature = signature(route, request);
        RequestScope.current().signature(signature);
        return totals.prefetchKey(signature);
    }

    /** The route and its query, sorted, without the page position (a list's total does not depend on it). */
    static String signature(String route, ServerRequest request) {
        TreeMap<String, List<String>> query = new TreeMap<>();
        for (String name : request.query().names()) {
            if (!name.equals("cursor") && !name.equals("page")) {
                query.put(name, request.query().all(name));
            }
        }
        return route + "?" + query;
    }
}
