package th.ac.ums.server.auth;

import java.time.Clock;
import java.util.Base64;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.ratelimit.AccountLocks;
import th.ac.ums.server.ratelimit.LoginLimiter;
import th.ac.ums.server.ratelimit.SecondFactorLimiter;
import th.ac.ums.server.sessions.SessionHistory;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.sessions.SessionStore;
import th.ac.ums.server.sessions.SessionSweeper;
import th.ac.ums.server.users.UserRepository;

/** The security core, wired from settings ({@link #wire}): tokens, sessions, limits, passwords, two-factor sign-in. */
public record Security(TokenService tokens,
                       PasswordHasher hasher,
                       SessionStore store,
                       SessionService sessions,
                       SessionSweeper sweeper,
                       LoginLimiter loginLimiter,
                       SecondFactorLimiter secondFactorLimiter,
                       AccountLocks accountLocks,
                       TwoFactorService twoFactor,
                       LoginService login,
                       PasswordService passwords,
                       Totp totp,
                       SecretBox box) {

    /** Wires the security core from the settings. */
    public static Security wire(Infrastructure infra, AuditLog audit, UserRepository users) {
        Settings s = infra.settings();
        Clock clock = infra.clock();
        byte[] secret = decode(s.optionalString("auth.token-secret").orElse(null), "UMS_TOKEN_SECRET");
        byte[] previous = s.optionalString("auth.previous-token-secret").map(p -> decode(p, "UMS_TOKEN_SECRET_PREVIOUS"))
                .orElse(null);
        TokenService tokens = new TokenService(secret, s.string("auth.token-key-id"), previous,
                s.optionalString("auth.previous-token-key-id").orElse("previous"), s.string("auth.issuer"), clock);
        PasswordHasher hasher = PasswordHasher.fromSettings(s);
        SessionStore store = new SessionStore(infra.redis(), clock, s.duration("auth.session-idle"),
                s.duration("auth.session-absolute"));
        SessionHistory history = new SessionHistory(infra.db());
        SessionService sessions = new SessionService(store, history, infra.db(), audit, clock);
        SessionSweeper sweeper = new SessionSweeper(history, store, infra.db(), infra.redis(), clock);
        LoginLimiter loginLimiter = new LoginLimiter(infra.redis(), clock, s);
        SecondFactorLimiter secondFactorLimiter = new SecondFactorLimiter(infra.redis(), clock, s);
        AccountLocks accountLocks = new AccountLocks(infra.redis(), clock, loginLimiter, secondFactorLimiter);
        Totp totp = new Totp(clock);
        SecretBox box = new SecretBox(secret, previous);
        TwoFactorService twoFactor = new TwoFactorService(infra.db(), users, totp, box, new RecoveryCodes(), secondFactorLimiter,
                sessions, audit, clock,
                s.string("auth.totp-issuer"));
        Challenges challenges = new Challenges(infra.redis(), clock, s.duration("auth.two-factor-challenge-ttl"),
                s.integer("auth.two-factor-max-attempts"));
        LoginService login = new LoginService(infra.db(), users, hasher, loginLimiter, challenges, twoFactor, sessions, tokens,
                audit, infra.metrics(), clock);
        PasswordService passwords = new PasswordService(infra.db(), users, hasher, loginLimiter, sessions, audit, clock);
        return new Security(tokens, hasher, store, sessions, sweeper, loginLimiter, secondFactorLimiter,
                accountLocks, twoFactor, login, passwords, totp, box);
    }

    private static byte[] decode(String value, String name) {
        StringBuilder problem = new StringBuilder();
        return TokenSecrets.decode(value, problem).orElseThrow(() -> new IllegalStateException(
                problem.toString().replace("UMS_TOKEN_SECRET", name)));
    }

}
