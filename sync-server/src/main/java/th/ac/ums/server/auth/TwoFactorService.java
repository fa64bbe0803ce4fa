package th.ac.ums.server.auth;

import io.helidon.dbclient.DbExecute;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.ratelimit.SecondFactorLimiter;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.users.UserRecord;
import th.ac.ums.server.users.UserRepository;

/**
 * Two-factor sign-in (TOTP): enrolment that takes effect only once confirmed with a code, ten
 * single-use recovery codes, replay refusal (the last accepted time step is stored and a code
 * of that step or an earlier one is never accepted again), disabling with a code, and the
 * administrator's reset. Every code checked against an enrolled factor counts against the account's
 * {@link SecondFactorLimiter}. Seeds are stored sealed ({@link SecretBox}).
 */
public final class TwoFactorService {
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);
    private static final String NOT_ON_FOR_USER = "Two-factor sign-in is not on for this user.";

    private final Db db;
    private final UserRepository users;
    private final Totp totp;
    private final SecretBox box;
    private final RecoveryCodes recovery;
    private final SecondFactorLimiter limiter;
    private final SessionService sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final String issuer;
    private final TwoFactorRepository repository = new TwoFactorRepository();

    public TwoFactorService(Db db, UserRepository users, Totp totp, SecretBox box, RecoveryCodes recovery,
                            SecondFactorLimiter limiter, SessionService sessions, AuditLog audit, Clock clock, String issuer) {
        this.db = db;
        this.users = users;
        this.totp = totp;
        this.box = box;
        this.recovery = recovery;
        this.limiter = limiter;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** The result of checking a second factor. */
    public enum Verified { TOTP, RECOVERY_CODE, NO }

    /** What enrolment shows the user: the secret for manual entry, the URI and its QR code. */
    public record Enrollment(String secret, String otpauthUri, String qrPng) {
    }

    public Enrollment startEnrollment(Caller caller) {
        UserRecord user = load(caller.userId());
        if (user.totpEnabled()) {
            throw Refusal.conflict("Two-factor sign-in is already on; disable it first to enrol a new device.");
        }
        String secret = totp.newSecret();
        db.write(tx -> {
            repository.startEnrollment(tx, user.id(), box.seal(secret), clock.instant());
            return null;
        });
        String uri = Totp.otpauthUri(issuer, user.email(), secret);
        return new Enrollment(secret, uri, QrCodes.pngBase64(uri, 280));
    }

    /** Confirms enrolment with a code of the new secret; answers the ten recovery codes (shown once). */
    public List<String> confirm(Caller caller, String code, String ip) {
        UserRecord user = load(caller.userId());
        if (user.totpPendingSecret() == null || user.totpPendingAt() == null
                || user.totpPendingAt().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
            throw Refusal.conflict("There is no enrolment in progress; start it again.");
        }
        String secret = box.open(user.totpPendingSecret());
        OptionalLong step = totp.matchingStep(secret, code);
        if (step.isEmpty()) {
            throw Refusal.invalid("code", "is not the current code of the authenticator app");
        }
        List<String> codes = recovery.generate();
        db.write(tx -> {
            repository.enable(tx, user.id(), box.seal(secret), step.getAsLong(), clock.instant());
            replaceRecoveryCodes(tx, user.id(), codes);
            audit.record(tx, new AuditEntry(caller.userId(), caller.email(), "2fa.enrolled", "user",
                    String.valueOf(user.id()), ip, Map.of("twoFactorEnabled", false), Map.of("twoFactorEnabled", true)));
            return null;
        });
        sessions.store().clearRestriction(user.id());
        return codes;
    }

    /** Turns two-factor sign-in off; needs a current code (or a recovery code). */
    public void disable(Caller caller, String code, String ip, String client) {
        UserRecord user = load(caller.userId());
        if (!user.totpEnabled()) {
            throw Refusal.conflict("Two-factor sign-in is not on.");
        }
        if (verify(user, code, ip, client) == Verified.NO) {
            throw Refusal.invalid("code", "is not a valid code");
        }
        db.write(tx -> {
            clear(tx, user.id(), false);
            audit.record(tx, new AuditEntry(caller.userId(), caller.email(), "2fa.disabled", "user",
                    String.valueOf(user.id()), ip, Map.of("twoFactorEnabled", true), Map.of("twoFactorEnabled", false)));
            return null;
        });
    }

    /**
     * Administrator/helpdesk reset: the factor and recovery codes are gone, every session of the
     * user ends, and the user must enrol again at the next sign-in. Only while two-factor sign-in is
     * on (409 otherwise, and nothing ends).
     */
    public void reset(Caller by, long userId, String ip) {
        UserRecord user = load(userId);
        if (!user.totpEnabled()) {
            throw Refusal.conflict(NOT_ON_FOR_USER);
        }
        db.write(tx -> {
            // of two resets at once, only the one that turns the factor off goes on to end the sessions
            if (!repository.turnOff(tx, userId)) {
                throw Refusal.conflict(NOT_ON_FOR_USER);
            }
            clear(tx, userId, true);
            audit.record(tx, new AuditEntry(by.userId(), by.email(), "2fa.reset", "user", String.valueOf(userId), ip,
                    Map.of("twoFactorEnabled", user.totpEnabled()),
                    Map.of("twoFactorEnabled", false, "mustEnrollAtNextSignIn", true)));
            return null;
        });
        sessions.endAll(userId, SessionService.TWO_FACTOR_RESET, by, ip, null);
    }

    Verified verifyForLogin(UserRecord user, String code, String ip, String client) {
        return verify(user, code, ip, client);
    }

    /** 429 while the account's second-factor sign-in is locked (no new challenge is issued then). */
    void requireUnlocked(UserRecord user, String ip, String client) {
        SecondFactorLimiter.Decision d = limiter.current(user.id());
        if (!d.allowed()) {
            refuse(user, ip, client, d);
        }
    }

    /** Helpdesk unlock: the account's wrong codes are forgotten. */
    public void unlock(long userId) {
        limiter.clear(userId);
    }

    /** Checks a code with a reserved attempt of the account's limit (429 when locked). */
    private Verified verify(UserRecord user, String code, String ip, String client) {
        SecondFactorLimiter.Decision d = limiter.reserve(user.id());
        if (!d.allowed()) {
            refuse(user, ip, client, d);
        }
        Verified verified = check(user, code, ip);
        if (limiter.settle(user.id(), verified != Verified.NO)) {
            db.write(tx -> {
                audit.record(tx, new AuditEntry(user.id(), user.email(), "2fa.locked", "user", String.valueOf(user.id()),
                        ip, null, Map.of("lockedForSeconds", limiter.current(user.id()).retryAfterSeconds())));
                return null;
            });
        }
        return verified;
    }

    private void refuse(UserRecord user, String ip, String client, SecondFactorLimiter.Decision d) {
        db.write(tx -> {
            audit.record(tx, new AuditEntry(user.id(), user.email(), "2fa.limited", "user", String.valueOf(user.id()),
                    ip, null, Map.of("limit", d.why(), "client", client)));
            return null;
        });
        throw Refusal.tooManyRequests(d.retryAfterSeconds());
    }

    private Verified check(UserRecord user, String code, String ip) {
        String trimmed = code == null ? "" : code.trim().replace(" ", "");
        if (trimmed.matches("^[0-9]{6}$")) {
            OptionalLong step = totp.matchingStep(box.open(user.totpSecret()), trimmed);
            if (step.isPresent() && consumeStep(user.id(), step.getAsLong())) {
                return Verified.TOTP;
            }
            return Verified.NO;
        }
        var hash = RecoveryCodes.hash(trimmed);
        if (hash.isEmpty()) {
            return Verified.NO;
        }
        boolean used = db.write(tx -> {
            boolean one = repository.useRecoveryCode(tx, user.id(), hash.get(), clock.instant());
            if (one) {
                long left = repository.recoveryCodesLeft(tx, user.id());
                audit.record(tx, new AuditEntry(user.id(), user.email(), "2fa.recovery-code-used", "user",
                        String.valueOf(user.id()), ip, null, Map.of("recoveryCodesLeft", left)));
            }
            return one;
        });
        return used ? Verified.RECOVERY_CODE : Verified.NO;
    }

    /** Accepts a step only if it is later than the last accepted one (atomic across instances). */
    private boolean consumeStep(long userId, long step) {
        return db.write(tx -> repository.consumeStep(tx, userId, step));
    }

    private void clear(DbExecute tx, long userId, boolean mustEnrollAgain) {
        repository.clear(tx, userId, mustEnrollAgain, clock.instant());
    }

    private void replaceRecoveryCodes(DbExecute tx, long userId, List<String> codes) {
        repository.replaceRecoveryCodes(tx, userId,
                codes.stream().map(code -> RecoveryCodes.hash(code).orElseThrow()).toList(), clock.instant());
    }

    private UserRecord load(long userId) {
        return db.readPrimary(exec -> users.findById(exec, userId)).orElseThrow(() -> Refusal.notFound("The user"));
    }
}
