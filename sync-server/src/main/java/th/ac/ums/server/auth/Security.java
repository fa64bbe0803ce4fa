package th.ac.ums.server.auth;

import java.time.Clock;
import java.util.Base64;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.http.Gatekeeper;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.ratelimit.AccountLocks;
import th.ac.ums.server.ratelimit.LoginLimiter;
import th.ac.ums.server.ratelimit.RequestLimiter;
import th.ac.ums.server.ratelimit.SecondFactorLimiter;
import th.ac.ums.server.sessions.SessionHistory;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.sessions.SessionStore;
import th.ac.ums.server.sessions.SessionSweeper;
import th.ac.ums.server.users.UserRepository;

/** The security core, wired from settings: tokens, sessions, limits, passwords, two-factor sign-in. */
public final class Security {
    public final TokenService tokens;
    public final PasswordHasher hasher;
    public final SessionStore store;
    public final SessionService sessions;
    public final SessionSweeper sweeper;
    public final LoginLimiter loginLimiter;
    public final SecondFactorLimiter secondFactorLimiter;
    public final AccountLocks accountLocks;
    public final TwoFactorService twoFactor;
    public final LoginService login;
    public final PasswordService passwords;
    public final Totp totp;
    public final SecretBox box;
    public final Gatekeeper gatekeeper;

    public Security(Infrastructure infra, AuditLog audit, UserRepository users) {
        Settings s = infra.settings();
        Clock clock = infra.clock();
        byte[] secret = decode(s.optionalString("auth.token-secret").orElse(null), "UMS_TOKEN_SECRET");
        byte[] previous = s.optionalString("auth.previous-token-secret").map(p -> decode(p, "UMS_TOKEN_SECRET_PREVIOUS"))
                .orElse(null);
        tokens = new TokenService(secret, s.string("auth.token-key-id"), previous,
                s.optionalString("auth.previous-token-key-id").orElse("previous"), s.string("auth.issuer"), clock);
        hasher = PasswordHasher.fromSettings(s);
        store = new SessionStore(infra.redis(), clock, s.duration("auth.session-idle"),
                s.duration("auth.session-absolute"));
        SessionHistory history = new SessionHistory(infra.db());
        sessions = new SessionService(store, history, infra.db(), audit, clock);
        sweeper = new SessionSweeper(history, store, infra.db(), infra.redis(), clock);
        loginLimiter = new LoginLimiter(infra.redis(), clock, s);
        secondFactorLimiter = new SecondFactorLimiter(infra.redis(), clock, s);
        accountLocks = new AccountLocks(infra.redis(), clock, loginLimiter, secondFactorLimiter);
        totp = new Totp(clock);
        box = new SecretBox(secret, previous);
        twoFactor = new TwoFactorService(infra.db(), users, totp, box, new RecoveryCodes(), secondFactorLimiter,
                sessions, audit, clock,
                s.string("auth.totp-issuer"));
        Challenges challenges = new Challenges(infra.redis(), clock, s.duration("auth.two-factor-challenge-ttl"),
                s.integer("auth.two-factor-max-attempts"));
        login = new LoginService(infra.db(), users, hasher, loginLimiter, challenges, twoFactor, sessions, tokens,
                audit, infra.metrics(), clock);
        passwords = new PasswordService(infra.db(), users, hasher, loginLimiter, sessions, audit, clock);
        gatekeeper = new SessionGatekeeper(tokens, store, sessions,
                new RequestLimiter(infra.redis(), clock, s.integer("rate-limit.anonymous-per-minute")),
                s.integer("rate-limit.session-per-minute"));
    }

    private static byte[] decode(String value, String name) {
        StringBuilder problem = new StringBuilder();
        return TokenSecrets.decode(value, problem).orElseThrow(() -> new IllegalStateException(
                problem.toString().replace("UMS_TOKEN_SECRET", name)));
    }

}
