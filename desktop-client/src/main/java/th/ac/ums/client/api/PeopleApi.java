package th.ac.ums.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import th.ac.ums.client.data.FailedSignIn;
import th.ac.ums.model.Dtos.EndedSessionDto;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;

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

    /** POST /users body: a new staff account with its first password. */
    public record NewUser(String email, String displayName, List<Role> roles, String password) {
    }


    /** The reasons a sign-in failed, as the server names them (vocabulary {@code SignInReason}). */
    public static final List<String> SIGN_IN_REASONS = List.of("wrong-password", "disabled", "limited",
            "wrong-2fa-code", "2fa-limited");

    /** The administrator's user list (ADMIN). */
    public Page<UserDto> users(PageQuery q) {
        return pages.fetch(ApiPaths.USERS, q, UserDto.class);
    }

    /** The helpdesk's read-only user search (HELPDESK, ADMIN). */
    public Page<UserDto> find(PageQuery q) {
        return pages.fetch(ApiPaths.HELPDESK_USERS, q, UserDto.class);
    }

    /** Creates a staff account (ADMIN); 400 names the fields that are wrong, 409 an e-mail already in use. */
    public UserDto create(NewUser user) {
        return api.send("POST", ApiPaths.USERS, user, Map.of(), UserDto.class);
    }

    /** The user's recent failed sign-ins, newest first (HELPDESK, ADMIN). */
    public Page<FailedSignIn> signIns(long userId) {
        return pages.fetch(ApiPaths.path(ApiPaths.HELPDESK_SIGN_INS, userId), PageQuery.first(Map.of(), null, 50),
                FailedSignIn.class);
    }

    public UserDto update(long id, long version, UserChanges changes) {
        return api.send("PATCH", ApiPaths.path(ApiPaths.USER, id), changes, Map.of("If-Match", Long.toString(version)), UserDto.class);
    }

    public Page<SessionDto> sessions(long userId) {
        return pages.fetch(ApiPaths.SESSIONS, PageQuery.first(Map.of("userId", Long.toString(userId)), null, 100),
                SessionDto.class);
    }

    public Page<EndedSessionDto> history(long userId) {
        return pages.fetch(ApiPaths.SESSIONS_HISTORY, PageQuery.first(Map.of("userId", Long.toString(userId)), null, 50),
                EndedSessionDto.class);
    }

    public void revoke(String sessionId) {
        api.send("DELETE", ApiPaths.path(ApiPaths.SESSION, sessionId), null, Map.of(), Void.class);
    }

    public void revokeAll(long userId) {
        api.send("DELETE", ApiPaths.path(ApiPaths.USER_SESSIONS, userId), null, Map.of(), Void.class);
    }

    public void unlock(long userId) {
        api.send("POST", ApiPaths.path(ApiPaths.USER_UNLOCK, userId), null, Map.of(), Void.class);
    }

    public void resetTwoFactor(long userId) {
        api.send("DELETE", ApiPaths.path(ApiPaths.USER_2FA, userId), null, Map.of(), Void.class);
    }
}
