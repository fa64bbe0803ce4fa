package th.ac.ums.server.http;

import io.helidon.webserver.http.ServerRequest;

/**
 * Names, before the caller is known, the one cache key a call will read, so that the session
 * check reads it in the same Redis round trip. Only a hint: a handler uses the prefetched value
 * only when it would read exactly that key itself, after the session and role checks passed.
 */
public interface Prefetcher {
    /** The full Redis key the call will read, or null for none. */
    String key(ServerRequest request);

    /** The route template the request matched ({@code /api/v1/students/{id}}), or null. */
    static String route(ServerRequest request) {
        return request.context().get(HttpFilter.ROUTE_KEY, String.class).orElse(null);
    }

    static Prefetcher none() {
        return request -> null;
    }
}
