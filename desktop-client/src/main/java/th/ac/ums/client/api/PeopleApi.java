package th.ac.ums.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import th.ac.ums.model.Dtos.EndedSessionDto;
import th.ac.ums.model.Dtos.PageDto;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

/** Staff accounts: the helpdesk's session tools and the administrator's user list. */
public final class PeopleApi {
    private final ApiClient api;
    private final Pages pages;

    public PeopleApi(ApiClient api) {
        this.api = api;
        this.pages = new Pages(api);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UserChanges(String displayName, List<Role> roles, Boolean disabled) {
    }

    /** The administrator's user list (ADMIN). */
    public PageDto<UserDto> users(PageQuery q) {
        return pages.fetch("/users", q, UserDto.class);
    }

    /** The helpdesk's read-only user search (HELPDESK, ADMIN). */
    public PageDto<UserDto> find(PageQuery q) {
        return pages.fetch("/helpdesk/users", q, UserDto.class);
    }

    public UserDto update(long id, long version, UserChanges changes) {
        return api.send("PATCH", "/users/" + id, changes, Map.of("If-Match", Long.toString(version)), UserDto.class);
    }

    public PageDto<SessionDto> sessions(long userId) {
        return pages.fetch("/sessions", PageQuery.first(Map.of("userId", Long.toString(userId)), null, 100),
                SessionDto.class);
    }

    public PageDto<EndedSessionDto> history(long userId) {
        return pages.fetch("/sessions/history", PageQuery.first(Map.of("userId", Long.toString(userId)), null, 50),
                EndedSessionDto.class);
    }

    public void revoke(String sessionId) {
        api.send("DELETE", "/sessions/" + sessionId, null, Map.of(), Void.class);
    }

    public void revokeAll(long userId) {
        api.send("DELETE", "/users/" + userId + "/sessions", null, Map.of(), Void.class);
    }

    public void unlock(long userId) {
        api.send("POST", "/users/" + userId + "/unlock", null, Map.of(), Void.class);
    }

    public void resetTwoFactor(long userId) {
        api.send("DELETE", "/users/" + userId + "/2fa", null, Map.of(), Void.class);
    }
}
