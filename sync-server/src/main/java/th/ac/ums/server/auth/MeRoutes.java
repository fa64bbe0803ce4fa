package th.ac.ums.server.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.sessions.SessionService;
import th.ac.ums.server.users.UserRecord;
import th.ac.ums.server.users.UserRepository;

/** The caller's own account: who am I, two-factor enrolment, password, my sessions. */
public final class MeRoutes implements ApiRoutes {
    private final Db db;
    private final UserRepository users;
    private final TwoFactorService twoFactor;
    private final PasswordService passwords;
    private final SessionService sessions;
    private final java.time.ZoneId timeZone;

    public MeRoutes(Db db, UserRepository users, TwoFactorService twoFactor, PasswordService passwords,
                    SessionService sessions, java.time.ZoneId timeZone) {
        this.db = db;
        this.users = users;
        this.twoFactor = twoFactor;
        this.passwords = passwords;
        this.sessions = sessions;
        this.timeZone = timeZone;
    }

    record Code(String code) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @Override
    public void routes(RouteTable.Builder r) {
        Set<th.ac.ums.model.Role> anyStaff = Set.of();
        r.get(ApiPaths.ME, anyStaff, this::me).openWhileEnrolling()
                .get(ApiPaths.ME_SESSION, anyStaff, this::session).openWhileEnrolling()
                .post(ApiPaths.ME_2FA_ENROLLMENT, anyStaff, this::enroll).openWhileEnrolling()
                .post(ApiPaths.ME_2FA_ENROLLMENT_CONFIRM, anyStaff, this::confirm).openWhileEnrolling()
                .delete(ApiPaths.ME_2FA, anyStaff, this::disable)
                .post(ApiPaths.ME_PASSWORD, anyStaff, this::password)
                .get(ApiPaths.ME_SESSIONS, anyStaff, this::mySessions)
                .delete(ApiPaths.ME_SESSION_ONE, anyStaff, this::endMine);
    }

    private void me(Call call) {
        UserRecord user = db.readPrimary(exec -> users.findById(exec, call.caller().userId()))
                .orElseThrow(Refusal::unauthorized);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user.toDto());
        body.put("sessionId", call.caller().sessionId());
        body.put("twoFactorEnabled", user.totpEnabled());
        body.put("twoFactorEnrollmentRequired", call.caller().mustEnrollTwoFactor());
        body.put("timeZone", timeZone.getId());
        call.ok(body);
    }

    /** The cheapest authenticated call: is my session alive, and until when (no database work). */
    private void session(Call call) {
        call.ok(Map.of("sessionId", call.caller().sessionId(), "expiresAt", call.caller().sessionExpiresAt()));
    }

    private void enroll(Call call) {
        call.ok(twoFactor.startEnrollment(call.caller()));
    }

    private void confirm(Call call) {
        Code code = call.json(Code.class);
        call.ok(Map.of("recoveryCodes", twoFactor.confirm(call.caller(), code.code(), call.clientIp())));
    }

    private void disable(Call call) {
        Code code = call.json(Code.class);
        twoFactor.disable(call.caller(), code.code(), call.clientIp(), call.userAgent());
        call.noContent();
    }

    private void password(Call call) {
        PasswordChange change = call.json(PasswordChange.class);
        passwords.change(call.caller(), change.currentPassword(), change.newPassword(), call.clientIp());
        call.noContent();
    }

    private void mySessions(Call call) {
        List<SessionDto> list = sessions.forUser(call.caller().userId()).stream().map(sessions::dto).toList();
        call.ok(th.ac.ums.model.api.Page.whole(list));
    }

    private void endMine(Call call) {
        String id = call.pathParam("id");
        boolean mine = sessions.forUser(call.caller().userId()).stream().anyMatch(s -> s.id().equals(id));
        if (!mine) {
            throw Refusal.notFound("The session");
        }
        sessions.end(id, call.caller().userId(), SessionService.LOGOUT, call.caller(), call.clientIp());
        call.noContent();
    }
}
