package th.ac.ums.server.auth;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.Gatekeeper;
import th.ac.ums.server.http.Prefetcher;
import th.ac.ums.server.platform.RequestScope;
import th.ac.ums.server.ratelimit.RequestLimiter;
import th.ac.ums.server.sessions.Session;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.sessions.SessionStore;

/**
 * Authentication of every protected call: the bearer JWT is verified (CPU only), then one Redis
 * round trip checks the session, counts the call against the session's limit and slides its
 * idle timeout, and reads the cache key the {@link Prefetcher} names (a live session only; the
 * value waits in the {@link RequestScope} for the handler, which runs after the role check).
 * Redis down means 503 (RedisUnavailable), never a pass.
 */
public final class SessionGatekeeper implements Gatekeeper {
    private final TokenService tokens;
    private final SessionStore store;
    private final SessionService sessions;
    private final RequestLimiter anonymous;
    private final int perSessionPerMinute;
    private final Prefetcher prefetcher;

    public SessionGatekeeper(TokenService tokens, SessionStore store, SessionService sessions,
                             RequestLimiter anonymous, int perSessionPerMinute) {
        this(tokens, store, sessions, anonymous, perSessionPerMinute, Prefetcher.none());
    }

    public SessionGatekeeper(TokenService tokens, SessionStore store, SessionService sessions,
                             RequestLimiter anonymous, int perSessionPerMinute, Prefetcher prefetcher) {
        this.prefetcher = prefetcher;
        this.tokens = tokens;
        this.store = store;
        this.sessions = sessions;
        this.anonymous = anonymous;
        this.perSessionPerMinute = perSessionPerMinute;
    }

    @Override
    public Caller authenticate(ServerRequest request, String clientIp) {
        java.util.List<String> all = request.headers().all(HeaderNames.AUTHORIZATION, java.util.List::of);
        String header = all.size() == 1 ? all.get(0) : "";   // none, or two credentials: no one in particular
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw Refusal.unauthorized();
        }
        TokenService.Claims claims = tokens.verify(header.substring(7).trim());
        SessionStore.Touch touch = store.touch(claims.sessionId(), perSessionPerMinute, prefetcher.key(request));
        return switch (touch) {
            case SessionStore.Touch.Alive alive -> {
                Caller caller = caller(alive.session(), claims, store.expiresAt(alive.session()));
                if (alive.prefetched() != null) {
                    RequestScope.current().prefetched(alive.prefetched());
                }
                yield caller;
            }
            case SessionStore.Touch.Limited limited -> throw Refusal.tooManyRequests(
                    (limited.retryAfterMillis() + 999) / 1000);
            case SessionStore.Touch.Expired expired -> {
                sessions.end(claims.sessionId(), claims.userId(), SessionService.EXPIRED, null, clientIp);
                throw Refusal.unauthorized();
            }
            case SessionStore.Touch.Missing missing -> throw Refusal.unauthorized();
        };
    }

    private static Caller caller(Session session, TokenService.Claims claims, java.time.Instant expiresAt) {
        if (session.userId() != claims.userId()) {
            throw Refusal.unauthorized();
        }
        return new Caller(session.userId(), session.email(), session.id(), session.roles(),
                Session.ENROLL_2FA.equals(session.restriction()), expiresAt);
    }

    @Override
    public void admitAnonymous(ServerRequest request, String clientIp) {
        anonymous.admit(clientIp);
    }
}
