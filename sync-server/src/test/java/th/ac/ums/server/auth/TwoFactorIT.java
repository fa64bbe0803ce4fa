package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.ApiServer;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Two-factor sign-in on the real server with a clock the test moves: enrolment, the ±1 step
 * window (T-1, T, T+1 accepted; T-2, T+2 refused), replay refusal, recovery codes that work
 * once, the challenge's five attempts and five minutes, the account's limit on wrong codes across
 * challenges and instances (10 in 15 minutes lock second-factor sign-in for 30), disabling and the
 * helpdesk reset.
 */
class TwoFactorIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    final Staff staff = new Staff(env);

    /** A user with two-factor sign-in on: their secret and recovery codes. */
    record Enrolled(long id, String email, String secret, List<String> recoveryCodes) {
    }

    private Totp totp() {
        return env.server().features().security().totp();
    }

    private long now() {
        return Totp.stepOf(env.clock().instant());
    }

    Enrolled enrolled(Role role) {
        Staff.Person p = staff.signedIn(role);
        Api api = p.api(env);
        JsonNode start = api.post("/api/v1/me/2fa/enrollment", "").json();
        String secret = start.get("secret").asText();
        assertEquals(32, secret.length(), "160 bits in base32");
        String code = totp().code(secret, now());
        Api.Response confirmed = api.post("/api/v1/me/2fa/enrollment/confirm", Map.of("code", code));
        assertEquals(200, confirmed.status(), confirmed::text);
        List<String> codes = new ArrayList<>();
        confirmed.json().get("recoveryCodes").forEach(c -> codes.add(c.asText()));
        env.clock().advance(Duration.ofSeconds(30));
        return new Enrolled(p.id(), p.email(), secret, codes);
    }

    private String challenge(String email) {
        Api.Response r = env.api().post("/api/v1/auth/login", Map.of("email", email, "password", Staff.PASSWORD));
        assertEquals(200, r.status(), r::text);
        assertTrue(r.json().get("twoFactorRequired").asBoolean());
        return r.json().get("challenge").asText();
    }

    private Api.Response second(String challenge, String code) {
        return env.api().post("/api/v1/auth/login/2fa", Map.of("challenge", challenge, "code", code));
    }

    @Test
    void enrolmentGivesSecretUriAndAScannableQrCodeAndTakesEffectOnlyWhenConfirmed() throws Exception {
        Staff.Person p = staff.signedIn(Role.ADMIN);
        Api api = p.api(env);
        JsonNode start = api.post("/api/v1/me/2fa/enrollment", "").json();
        String uri = start.get("otpauthUri").asText();
        assertTrue(uri.startsWith("otpauth://totp/UMS%20Console:" + p.email().replace("@", "%40")), uri);
        assertTrue(uri.contains("secret=" + start.get("secret").asText()));
        byte[] png = Base64.getDecoder().decode(start.get("qrPng").asText());
        assertTrue(ImageIO.read(new ByteArrayInputStream(png)).getWidth() >= 200);
        assertFalse(api.get("/api/v1/me").json().get("twoFactorEnabled").asBoolean(), "not before confirmation");
        assertEquals(400, api.post("/api/v1/me/2fa/enrollment/confirm", Map.of("code", "000000")).status());
        String code = totp().code(start.get("secret").asText(), now());
        JsonNode done = api.post("/api/v1/me/2fa/enrollment/confirm", Map.of("code", code)).json();
        assertEquals(10, done.get("recoveryCodes").size());
        assertTrue(api.get("/api/v1/me").json().get("twoFactorEnabled").asBoolean());
    }

    @Test
    void codesOfTheStepBeforeNowAndAfterAreAcceptedTwoStepsAwayRefused() {
        Enrolled u = enrolled(Role.REGISTRAR);
        for (long offset : new long[] {-2, 2}) {
            Api.Response r = second(challenge(u.email()), totp().code(u.secret(), now() + offset));
            assertEquals(401, r.status(), "T" + (offset > 0 ? "+" : "") + offset + " must be refused");
        }
        for (long offset : new long[] {-1, 0, 1}) {
            env.clock().advance(Duration.ofSeconds(90));
            Api.Response r = second(challenge(u.email()), totp().code(u.secret(), now() + offset));
            assertEquals(200, r.status(), "T" + offset + ": " + r.text());
            assertTrue(r.json().get("token").asText().length() > 50);
        }
    }

    @Test
    void aCodeAcceptedOnceIsRefusedTheSecondTime() {
        Enrolled u = enrolled(Role.FINANCE);
        String code = totp().code(u.secret(), now());
        assertEquals(200, second(challenge(u.email()), code).status());
        assertEquals(401, second(challenge(u.email()), code).status(), "replay within the same step");
        String previous = totp().code(u.secret(), now() - 1);
        assertEquals(401, second(challenge(u.email()), previous).status(), "an older step after a newer one");
    }

    @Test
    void recoveryCodesWorkOnceEach() {
        Enrolled u = enrolled(Role.HELPDESK);
        String code = u.recoveryCodes().get(3);
        assertEquals(200, second(challenge(u.email()), code.toLowerCase()).status());
        assertEquals(401, second(challenge(u.email()), code).status());
        assertEquals(200, second(challenge(u.email()), u.recoveryCodes().get(4).replace("-", "")).status());
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        assertEquals(2, admin.get("/api/v1/audit?action=2fa.recovery-code-used&entityId=" + u.id() + "&entity=user")
                .json().get("data").size());
    }

    @Test
    void theChallengeDiesAfterFiveWrongCodesAndAfterFiveMinutes() {
        Enrolled u = enrolled(Role.REGISTRAR);
        String challenge = challenge(u.email());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, second(challenge, "000000").status());
        }
        assertEquals(401, second(challenge, totp().code(u.secret(), now())).status(), "dead after 5 attempts");

        String late = challenge(u.email());
        env.clock().advance(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(401, second(late, totp().code(u.secret(), now())).status(), "expired after 5 minutes");
    }

    @Test
    void disablingNeedsAValidCode() {
        Enrolled u = enrolled(Role.ADMIN);
        Api api = env.api().bearer(second(challenge(u.email()), totp().code(u.secret(), now()))
                .json().get("token").asText());
        assertEquals(400, api.deleteWith("/api/v1/me/2fa", Map.of("code", "123456")).status());
        env.clock().advance(Duration.ofSeconds(30));
        assertEquals(204, api.deleteWith("/api/v1/me/2fa", Map.of("code", totp().code(u.secret(), now()))).status());
        Api.Response plain = env.api().post("/api/v1/auth/login", Map.of("email", u.email(), "password",
                Staff.PASSWORD));
        assertTrue(plain.json().has("token"), "no second step any more");
    }

    @Test
    void helpdeskResetEndsSessionsAndTheUserMustEnrolAgainBeforeAnythingElse() {
        Enrolled u = enrolled(Role.FINANCE);
        String token = second(challenge(u.email()), totp().code(u.secret(), now())).json().get("token").asText();
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        assertEquals(204, helpdesk.delete("/api/v1/users/" + u.id() + "/2fa").status());
        assertEquals(401, env.api().bearer(token).get("/api/v1/me").status(), "the reset ended the session");

        Api.Response signIn = env.api().post("/api/v1/auth/login", Map.of("email", u.email(), "password",
                Staff.PASSWORD));
        assertTrue(signIn.json().get("twoFactorEnrollmentRequired").asBoolean());
        Api restricted = env.api().bearer(signIn.json().get("token").asText());
        assertEquals(403, restricted.get("/api/v1/me/sessions").status());
        assertTrue(restricted.get("/api/v1/me").json().get("twoFactorEnrollmentRequired").asBoolean());
        String secret = restricted.post("/api/v1/me/2fa/enrollment", "").json().get("secret").asText();
        assertNotEquals(u.secret(), secret);
        assertEquals(200, restricted.post("/api/v1/me/2fa/enrollment/confirm",
                Map.of("code", totp().code(secret, now()))).status());
        assertEquals(200, restricted.get("/api/v1/me/sessions").status(), "enrolled: the session is whole again");
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        assertEquals(1, admin.get("/api/v1/audit?action=2fa.reset&entity=user&entityId=" + u.id()).json()
                .get("data").size());
        assertEquals("2fa-reset", helpdesk.get("/api/v1/sessions/history?userId=" + u.id()).json().get("data")
                .get(0).get("reason").asText());
    }

    private String wrongCode(Enrolled u) {
        String right = totp().code(u.secret(), now());
        for (long step = now() + 10; ; step++) {
            String other = totp().code(u.secret(), step);
            if (!other.equals(right) && !other.equals(totp().code(u.secret(), now() - 1))
                    && !other.equals(totp().code(u.secret(), now() + 1))) {
                return other;
            }
        }
    }

    @Test
    void wrongCodesCountPerAccountAcrossChallengesAndInstancesAndLockSecondFactorSignIn() {
        Enrolled u = enrolled(Role.REGISTRAR);
        Infrastructure otherInfra = Infrastructure.open(env.settings(), env.clock());
        ApiServer other = ApiServer.start(otherInfra);
        try {
            Api second = new Api("http://127.0.0.1:" + other.port());
            List<String> challenges = List.of(challenge(u.email()), challenge(u.email()), challenge(u.email()));
            String wrong = wrongCode(u);
            int sent = 0;
            for (String c : challenges) {
                for (int i = 0; i < 5; i++) {
                    sent++;
                    Api on = sent % 2 == 0 ? second : env.api();
                    Api.Response r = on.post("/api/v1/auth/login/2fa", Map.of("challenge", c, "code", wrong));
                    if (sent <= 10) {
                        assertEquals(401, r.status(), "wrong code " + sent + ": " + r.text());
                    } else {
                        assertEquals(429, r.status(), "wrong code " + sent + ": " + r.text());
                        long retry = Long.parseLong(r.header("Retry-After"));
                        assertTrue(retry > 29 * 60 && retry <= 30 * 60, "Retry-After " + retry);
                        break;
                    }
                }
            }
            assertEquals(429, second(challenges.get(2), totp().code(u.secret(), now())).status(),
                    "locked: even the right code of a live challenge is refused");
            Api.Response fresh = env.api().post("/api/v1/auth/login", Map.of("email", u.email(), "password",
                    Staff.PASSWORD));
            assertEquals(429, fresh.status(), "no new challenge while locked: " + fresh.text());
            assertEquals(429, second.post("/api/v1/auth/login", Map.of("email", u.email(), "password",
                    Staff.PASSWORD)).status(), "on every instance");

            env.clock().advance(Duration.ofMinutes(20));
            assertEquals(429, env.api().post("/api/v1/auth/login", Map.of("email", u.email(), "password",
                    Staff.PASSWORD)).status(), "still locked after 20 minutes");
            env.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
            assertEquals(200, second(challenge(u.email()), totp().code(u.secret(), now())).status(),
                    "the lock lifts 30 minutes after it started");
        } finally {
            other.close();
            otherInfra.close();
        }
        Api admin = staff.signedIn(Role.ADMIN).api(env);
        assertEquals(1, admin.get("/api/v1/audit?action=2fa.locked&entity=user&entityId=" + u.id()).json()
                .get("data").size());
        assertTrue(admin.get("/api/v1/audit?action=2fa.limited&entity=user&entityId=" + u.id()).json()
                .get("data").size() >= 3, "every refusal is audited as a limit hit");
    }

    @Test
    void wrongRecoveryCodesCountTooAndTheHelpdeskUnlockClearsTheLock() {
        Enrolled u = enrolled(Role.FINANCE);
        for (int i = 0; i < 10; i++) {
            assertEquals(401, second(challenge(u.email()), "AAAA-BBBB-CCCC-" + "ABCDEFGHIJ".charAt(i) + "AAA").status(),
                    "wrong recovery code " + i);
        }
        assertEquals(429, env.api().post("/api/v1/auth/login", Map.of("email", u.email(), "password",
                Staff.PASSWORD)).status());
        Api helpdesk = staff.signedIn(Role.HELPDESK).api(env);
        assertEquals(204, helpdesk.post("/api/v1/users/" + u.id() + "/unlock", "").status());
        assertEquals(200, second(challenge(u.email()), u.recoveryCodes().get(0)).status(), "unlocked");
    }

    @Test
    void aRightCodeForgetsEarlierWrongOnesButWrongCodesAfterItCountAgain() {
        Enrolled u = enrolled(Role.HELPDESK);
        String wrong = wrongCode(u);
        for (int i = 0; i < 9; i++) {
            assertEquals(401, second(challenge(u.email()), wrong).status());
        }
        assertEquals(200, second(challenge(u.email()), totp().code(u.secret(), now())).status());
        for (int i = 0; i < 9; i++) {
            assertEquals(401, second(challenge(u.email()), wrong).status(), "counted afresh: " + i);
        }
        assertEquals(401, second(challenge(u.email()), wrong).status(), "the tenth wrong code since the success");
        assertEquals(429, env.api().post("/api/v1/auth/login", Map.of("email", u.email(), "password",
                Staff.PASSWORD)).status(), "locked after ten");
    }

    @Test
    void disablingWithWrongCodesCountsAgainstTheSameLimit() {
        Enrolled u = enrolled(Role.ADMIN);
        Api api = env.api().bearer(second(challenge(u.email()), totp().code(u.secret(), now()))
                .json().get("token").asText());
        String wrong = wrongCode(u);
        for (int i = 0; i < 10; i++) {
            assertEquals(400, api.deleteWith("/api/v1/me/2fa", Map.of("code", wrong)).status(), "wrong code " + i);
        }
        env.clock().advance(Duration.ofSeconds(30));
        Api.Response locked = api.deleteWith("/api/v1/me/2fa", Map.of("code", totp().code(u.secret(), now())));
        assertEquals(429, locked.status(), locked::text);
    }

    @Test
    void seedsAreStoredSealed() {
        Enrolled u = enrolled(Role.ADMIN);
        String stored = env.infrastructure().db().readPrimary(exec -> exec.get(
                "SELECT totp_secret FROM users WHERE id = ?", u.id())).orElseThrow().column("totp_secret").getString();
        assertTrue(stored.startsWith("v1:"));
        assertFalse(stored.contains(u.secret()));
    }
}
