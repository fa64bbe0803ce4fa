package th.ac.ums.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;
import th.ac.ums.client.data.SignedInUser;
import th.ac.ums.model.api.ApiPaths;

/** Sign-in, the second factor, sign-out and who the caller is. */
public final class AuthApi {
    private final ApiClient api;

    public AuthApi(ApiClient api) {
        this.api = api;
    }

    /** Either a token and user, or a two-factor challenge. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LoginAnswer(String token, Instant expiresAt, SignedInUser user, boolean twoFactorRequired,
                              String challenge) {
    }

    public LoginAnswer login(String email, String password) {
        return remember(api.send("POST", ApiPaths.AUTH_LOGIN, Map.of("email", email, "password", password), Map.of(),
                LoginAnswer.class));
    }

    public LoginAnswer secondFactor(String challenge, String code) {
        return remember(api.send("POST", ApiPaths.AUTH_LOGIN_2FA, Map.of("challenge", challenge, "code", code), Map.of(),
                LoginAnswer.class));
    }

    public void logout() {
        try {
            api.send("POST", ApiPaths.AUTH_LOGOUT, null, Map.of(), Void.class);
        } finally {
            api.token(null);
        }
    }

    private LoginAnswer remember(LoginAnswer a) {
        if (a.token() != null) {
            api.token(a.token());
        }
        return a;
    }
}
