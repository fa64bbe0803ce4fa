package th.ac.ums.server.http;

import java.util.Set;
import th.ac.ums.model.Role;

/** The authenticated caller of a request: who, in which session, with which roles. */
public record Caller(long userId, String email, String sessionId, Set<Role> roles, String tokenId) {

    public boolean hasAnyRole(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
