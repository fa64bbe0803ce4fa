package th.ac.ums.server.sessions;

import java.time.Instant;
import java.util.Set;
import th.ac.ums.model.Role;

/**
 * A live console session as Redis holds it. {@code restriction} is empty for a normal session,
 * or {@code enroll-2fa} when the user must set up two-factor sign-in before anything else.
 */
public record Session(String id, long userId, String email, Set<Role> roles, Instant createdAt, Instant lastSeenAt,
                      Instant absoluteExpiry, String ip, String client, String restriction) {
    public static final String ENROLL_2FA = "enroll-2fa";

    public boolean restricted() {
        return restriction != null && !restriction.isEmpty();
    }
}
