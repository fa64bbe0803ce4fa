package th.ac.ums.server.auth;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.model.validation.EmailAddress;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.PasswordPolicy;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Metrics;
import th.ac.ums.server.ratelimit.LoginLimiter;
import th.ac.ums.server.sessions.Session;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.users.UserRecord;
import th.ac.ums.server.users.UserRepository;

/**
 * Signing in. Password step: limits first (reserved before the slow hash), then the same work
 * and the same 401 for an unknown email, a wrong password and a disabled user. With two-factor
 * sign-in on, a short-lived challenge is answered instead of a token; the second step accepts
 * a TOTP code or an unused recovery code. Every outcome is audited.
 */
public final class LoginService {
    private final Db db;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginLimiter limiter;
    private final Challenges challenges;
    private final TwoFactorService twoFactor;
    private final SessionService sessions;
    private final TokenService tokens;
    private final AuditLog audit;
    private final Metrics metrics;
    private final Clock clock;

    public LoginService(Db db, UserRepository users, PasswordHasher hasher, LoginLimiter limiter,
                        Challenges challenges, TwoFactorService twoFactor, SessionService sessions,
                        TokenService tokens, AuditLog audit, Metrics metrics, Clock clock) {
        this.db = db;
        this.users = users;
        this.hasher = hasher;
        this.limiter = limiter;
        this.challenges = challenges;
        this.twoFactor = twoFactor;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** What a successful step answers: a session and token, or a two-factor challenge. */
    public sealed interface Outcome {
        /** Signed in. */
        record SignedIn(Session session, String token, UserRecord user) implements Outcome {
        }

        /** The password was right; a second factor is needed. */
        record ChallengeIssued(String challenge) implements Outcome {
        }
    }

    public Outcome login(String rawEmail, String password, String ip, String client) {
        Errors errors = new Errors();
        Rules.required(errors, "email", rawEmail);
        Rules.required(errors, "password", password);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        String email = EmailAddress.canonical(rawEmail);
        if (email.isEmpty()) {
            errors.add("email", "is required");
        } else if (email.length() > Rules.MAX_EMAIL) {
            errors.add("email", "must be at most " + Rules.MAX_EMAIL + " characters");
        }
        if (password.length() > PasswordPolicy.MAX_LENGTH_CHECKED) {
            errors.add("password", "must be at most " + PasswordPolicy.MAX_LENGTH_CHECKED + " characters");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        LoginLimiter.Decision decision = limiter.reserve(email, ip);
        if (!decision.allowed()) {
            // the account (when there is one) is named so the helpdesk sees the refusal among its sign-ins;
            // the answer is the same 429 either way
            Long userId = db.readPrimary(exec -> users.findByEmail(exec, email)).map(UserRecord::id).orElse(null);
            auditFor(email, userId, "login.limited", ip, Map.of("limit", decision.why(), "client", client));
            throw Refusal.tooManyRequests((decision.retryAfterMillis() + 999) / 1000);
        }
        Optional<UserRecord> found = db.readPrimary(exec -> users.findByEmail(exec, email));
        metrics.count("ums_login_password_checks");
        boolean passwordOk = found.isPresent()
                ? hasher.verify(password, found.get().passwordHash())
                : dummy(password);
        if (!passwordOk || found.get().disabled()) {
            fail(email, ip, client, found.map(UserRecord::id).orElse(null),
                    found.isEmpty() ? "unknown-email" : passwordOk ? "disabled" : "wrong-password");
        }
        UserRecord user = found.get();
        if (!user.isStaff()) {
            limiter.settle(email, ip, true);
            auditFor(email, user.id(), "login.refused", ip, Map.of("reason", "not-a-console-role"));
            throw Refusal.forbidden("This account cannot use the console.");
        }
        rehashIfNeeded(user, password);
        if (user.totpEnabled()) {
            limiter.settle(email, ip, true);
            twoFactor.requireUnlocked(user, ip, client);
            auditFor(email, user.id(), "login.password-accepted", ip, Map.of("next", "2fa"));
            return new Outcome.ChallengeIssued(challenges.create(user.id(), email, ip, client));
        }
        // the limits are settled in the new session's Redis round trip (one round trip fewer)
        return signIn(user, ip, client, "password", limiter.settledOnSuccess(email, ip));
    }

    /** The second step: a TOTP code or a recovery code for a live challenge. */
    public Outcome secondFactor(String challengeId, String code, String ip, String client) {
        Errors errors = new Errors();
        Rules.required(errors, "challenge", challengeId);
        Rules.required(errors, "code", code);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        Challenges.Attempt attempt = challenges.attempt(challengeId)
                .orElseThrow(() -> Refusal.wrongCredentials(
                        "The sign-in has expired; enter your email and password again."));
        UserRecord user = db.readPrimary(exec -> users.findById(exec, attempt.userId()))
                .filter(u -> !u.disabled() && u.totpEnabled())
                .orElseThrow(Refusal::unauthorized);
        TwoFactorService.Verified verified = twoFactor.verifyForLogin(user, code, ip, client);
        if (verified == TwoFactorService.Verified.NO) {
            auditFor(user.email(), user.id(), "login.2fa-failure", ip,
                    Map.of("attempt", attempt.number(), "client", client));
            throw Refusal.wrongCredentials("The code is not correct.");
        }
        challenges.delete(challengeId);
        limiter.settle(attempt.email(), attempt.ip(), true);
        return signIn(user, ip, client, verified == TwoFactorService.Verified.RECOVERY_CODE ? "recovery-code" : "totp",
                p -> {
                });
    }

    private Outcome signIn(UserRecord user, String ip, String client, String method,
                           java.util.function.Consumer<redis.clients.jedis.AbstractPipeline> alsoInRoundTrip) {
        String restriction = user.totpRequired() && !user.totpEnabled() ? Session.ENROLL_2FA : "";
        Session session = sessions.start(user.id(), user.email(), user.roles(), ip, client, restriction,
                alsoInRoundTrip, (tx, s) -> {
                    users.signedIn(tx, user.id(), clock.instant());
                    audit.record(tx, new AuditEntry(user.id(), user.email(), "login.success", "session", s.id(), ip,
                            null, Map.of("method", method, "client", client)));
                });
        return new Outcome.SignedIn(session, tokens.issue(session), user);
    }

    private boolean dummy(String password) {
        hasher.verifyDummy(password);
        return false;
    }

    private void fail(String email, String ip, String client, Long userId, String reason) {
        boolean blocked = limiter.settle(email, ip, false);
        auditFor(email, userId, "login.failure", ip, Map.of("reason", reason, "client", client));
        if (blocked) {
            auditFor(email, userId, "login.blocked", ip, Map.of("email", email));
        }
        throw Refusal.wrongCredentials("The email or password is not correct.");
    }

    private void rehashIfNeeded(UserRecord user, String password) {
        if (hasher.needsRehash(user.passwordHash())) {
            String fresh = hasher.hash(password);
            db.write(tx -> {
                users.rehash(tx, user.id(), user.passwordHash(), fresh);
                return null;
            });
        }
    }

    private void auditFor(String email, Long userId, String action, String ip, Map<String, Object> after) {
        db.write(tx -> {
            audit.record(tx, new AuditEntry(userId, email, action, "user", userId == null ? null : String.valueOf(userId),
                    ip, null, after));
            return null;
        });
    }
}
