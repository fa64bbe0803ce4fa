package th.ac.ums.server.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.users.UserRecord;

/** POST /auth/login, /auth/login/2fa and /auth/logout. */
public final class AuthRoutes implements ApiRoutes {
    private final LoginService login;
    private final SessionService sessions;

    public AuthRoutes(LoginService login, SessionService sessions) {
        this.login = login;
        this.sessions = sessions;
    }

    record Credentials(String email, String password) {
    }

    record SecondFactor(String challenge, String code) {
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.publicPost(ApiPaths.AUTH_LOGIN, this::login)
                .publicPost(ApiPaths.AUTH_LOGIN_2FA, this::secondFactor)
                .post(ApiPaths.AUTH_LOGOUT, java.util.Set.of(), this::logout).openWhileEnrolling();
    }

    private void login(Call call) {
        Credentials c = call.json(Credentials.class);
        answer(call, login.login(c.email(), c.password(), call.clientIp(), call.userAgent()));
    }

    private void secondFactor(Call call) {
        SecondFactor f = call.json(SecondFactor.class);
        answer(call, login.secondFactor(f.challenge(), f.code(), call.clientIp(), call.userAgent()));
    }

    private void logout(Call call) {
        sessions.end(call.caller().sessionId(), call.caller().userId(), SessionService.LOGOUT, call.caller(),
                call.clientIp());
        call.noContent();
    }

    private static void answer(Call call, LoginService.Outcome outcome) {
        switch (outcome) {
            case LoginService.Outcome.ChallengeIssued c ->
                    call.ok(Map.of("twoFactorRequired", true, "challenge", c.challenge()));
            case LoginService.Outcome.SignedIn s -> call.ok(signedIn(s.token(), s.session().absoluteExpiry(), s.user(),
                    !s.session().restriction().isEmpty()));
        }
    }

    static Map<String, Object> signedIn(String token, java.time.Instant expiresAt, UserRecord user,
                                        boolean mustEnroll) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("expiresAt", expiresAt);
        body.put("user", Map.of("id", user.id(), "email", user.email(), "displayName", user.displayName(),
                "roles", user.roles().stream().sorted().toList()));
        if (mustEnroll) {
            body.put("twoFactorEnrollmentRequired", true);
        }
        return body;
    }
}
