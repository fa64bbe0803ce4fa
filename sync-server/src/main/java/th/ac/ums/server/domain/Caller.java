package th.ac.ums.server.domain;

import java.util.Set;
import th.ac.ums.model.Role;

/**
 * The authenticated caller of a request: who, in which session, with which roles, and whether
 * the session is restricted to enrolling two-factor sign-in, and when the session ends if idle.
 */
public record Caller(long userId, String email, String sessionId, Set<Role> roles, boolean mustEnrollTwoFactor,
                     java.time.Instant sessionExpiresAt) {

    public boolean hasAnyRole(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
