package th.ac.ums.client.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;

/** The signed-in user's own account: two-factor enrolment, password, sessions. */
public final class MeApi {
    private final ApiClient api;

    public MeApi(ApiClient api) {
        this.api = api;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Enrollment(String secret, String otpauthUri, String qrPng) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecoveryCodes(List<String> recoveryCodes) {
    }

    /** Who I am; {@code timeZone} is the university's zone (an IANA id), when the server says. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Me(th.ac.ums.client.data.SignedInUser user, String sessionId, boolean twoFactorEnabled, String timeZone) {
    }

    public Me me() {
        return api.get(ApiPaths.ME, Me.class);
    }

    public Enrollment startEnrollment() {
        return api.send("POST", ApiPaths.ME_2FA_ENROLLMENT, null, Map.of(), Enrollment.class);
    }

    public List<String> confirmEnrollment(String code) {
        return api.send("POST", ApiPaths.ME_2FA_ENROLLMENT_CONFIRM, Map.of("code", code), Map.of(), RecoveryCodes.class)
                .recoveryCodes();
    }

    public void changePassword(String current, String next) {
        api.send("POST", ApiPaths.ME_PASSWORD, Map.of("currentPassword", current, "newPassword", next), Map.of(),
                Void.class);
    }

    public List<SessionDto> sessions() {
        Page<SessionDto> p = api.get(ApiPaths.ME_SESSIONS, api.json().getTypeFactory()
                .constructParametricType(Page.class, SessionDto.class));
        return p.data();
    }

    public void endSession(String id) {
        api.send("DELETE", ApiPaths.path(ApiPaths.ME_SESSION_ONE, id), null, Map.of(), Void.class);
    }
}
