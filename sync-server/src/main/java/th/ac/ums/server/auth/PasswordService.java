package th.ac.ums.server.auth;

import java.time.Clock;
import java.util.Map;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.PasswordPolicy;
import th.ac.ums.server.audit.AuditEntry;
import th.ac.ums.server.audit.AuditLog;
import th.ac.ums.server.domain.Caller;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.ratelimit.LoginLimiter;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.users.UserRecord;
import th.ac.ums.server.users.UserRepository;

/**
 * Changing one's own password: the current password is checked under the same limits as a
 * login (a stolen session cannot guess it), the new one must pass the policy and differ from the
 * current one, and every other session of the user ends.
 */
public final class PasswordService {
    private final Db db;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginLimiter limiter;
    private final SessionService sessions;
    private final AuditLog audit;
    private final Clock clock;

    public PasswordService(Db db, UserRepository users, PasswordHasher hasher, LoginLimiter limiter,
                           SessionService sessions, AuditLog audit, Clock clock) {
        this.db = db;
        this.users = users;
        this.hasher = hasher;
        this.limiter = limiter;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public void change(Caller caller, String current, String fresh, String ip) {
        Errors errors = new Errors();
        th.ac.ums.model.validation.Rules.required(errors, "currentPassword", current);
        PasswordPolicy.check(errors, "newPassword", fresh);
        if (current != null && current.length() > PasswordPolicy.MAX_LENGTH_CHECKED) {
            errors.add("currentPassword", "must be at most " + PasswordPolicy.MAX_LENGTH_CHECKED + " characters");
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.list());
        }
        UserRecord user = db.readPrimary(exec -> users.findById(exec, caller.userId()))
                .orElseThrow(Refusal::unauthorized);
        LoginLimiter.Decision decision = limiter.reserve(user.email(), ip);
        if (!decision.allowed()) {
            throw Refusal.tooManyRequests((decision.retryAfterMillis() + 999) / 1000);
        }
        boolean ok = hasher.verify(current, user.passwordHash());
        limiter.settle(user.email(), ip, ok);
        if (!ok) {
            throw Refusal.invalid("currentPassword", "is not your current password");
        }
        if (hasher.verify(fresh, user.passwordHash())) {
            throw Refusal.invalid("newPassword", "must differ from the current password");
        }
        String hash = hasher.hash(fresh);
        db.write(tx -> {
            users.setPassword(tx, user.id(), hash, clock.instant());
            audit.record(tx, new AuditEntry(caller.userId(), caller.email(), "password.changed", "user",
                    String.valueOf(user.id()), ip, null, Map.of("otherSessionsEnded", true)));
            return null;
        });
        sessions.endAll(user.id(), SessionService.PASSWORD_CHANGE, caller, ip, caller.sessionId());
    }
}
