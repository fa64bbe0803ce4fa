package th.ac.ums.server.http;

import io.helidon.webserver.http.ServerRequest;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;

/**
 * Decides who is calling. Throws a {@link Refusal}: unauthenticated when not signed in, too many when
 * limited, unavailable when the session store is unreachable (never lets a request through then).
 */
public interface Gatekeeper {
    /** Authenticates a call to a protected route and counts it against the session's limit. */
    Caller authenticate(ServerRequest request, String clientIp);

    /** Counts a call to a public route against the per-IP limit. */
    void admitAnonymous(ServerRequest request, String clientIp);

    /** A gatekeeper that refuses every protected call (used before security is configured). */
    static Gatekeeper closed() {
        return new Gatekeeper() {
            @Override
            public Caller authenticate(ServerRequest request, String clientIp) {
                throw Refusal.unauthorized();
            }

            @Override
            public void admitAnonymous(ServerRequest request, String clientIp) {
            }
        };
    }
}
