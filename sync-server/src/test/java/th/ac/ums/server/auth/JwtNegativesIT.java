package th.ac.ums.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Tokens the server must refuse, each made from a live session so that only the defect under
 * test is wrong: alg none, another key, missing exp, expired, future nbf, tampered payload,
 * wrong kid, missing kid, wrong issuer, another algorithm.
 */
class JwtNegativesIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Staff.Person person;
    static String sessionId;
    static final byte[] SECRET = Base64.getDecoder().decode(TestEnv.TOKEN_SECRET);

    @BeforeAll
    static void signIn() {
        person = new Staff(env).signedIn(Role.ADMIN);
        sessionId = env.api().bearer(person.token()).get("/api/v1/me").json().get("sessionId").asText();
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = env.clock().instant();
        return new JWTClaimsSet.Builder().subject(String.valueOf(person.id())).claim("sid", sessionId)
                .issuer("ums-sync-server").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static String sign(JWTClaimsSet claims, byte[] key, String kid, JWSAlgorithm alg) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static int status(String token) {
        return env.api().bearer(token).get("/api/v1/me").status();
    }

    @Test
    void aCorrectlyMadeTokenIsAccepted() throws Exception {
        assertEquals(200, status(sign(claims().build(), SECRET, "k1", JWSAlgorithm.HS256)));
    }

    @Test
    void twoAuthorizationHeadersAreRefusedEvenIfOneIsValid() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(env.baseUrl() + "/api/v1/me"))
                .header("Authorization", "Bearer " + person.token())
                .header("Authorization", "Bearer not-a-token").GET().build();
        int status = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(401, status, "two credentials name no one in particular");
    }

    @Test
    void algNoneIsRefused() {
        String plain = new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(), claims().build())
                .serialize();
        assertEquals(401, status(plain));
        String[] parts = person.token().split("\\.");
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"kid\":\"k1\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, status(noneHeader + "." + parts[1] + "."));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        byte[] other = "another-secret-of-at-least-thirty-two-bytes!!".getBytes(StandardCharsets.UTF_8);
        assertEquals(401, status(sign(claims().build(), other, "k1", JWSAlgorithm.HS256)));
    }

    @Test
    void missingExpIsRefused() throws Exception {
        assertEquals(401, status(sign(claims().expirationTime(null).build(), SECRET, "k1", JWSAlgorithm.HS256)));
    }

    @Test
    void missingSidSubIatOrJtiIsRefused() throws Exception {
        assertEquals(401, status(sign(claims().claim("sid", null).build(), SECRET, "k1", JWSAlgorithm.HS256)));
        assertEquals(401, status(sign(claims().subject(null).build(), SECRET, "k1", JWSAlgorithm.HS256)));
        assertEquals(401, status(sign(claims().issueTime(null).build(), SECRET, "k1", JWSAlgorithm.HS256)));
        assertEquals(401, status(sign(claims().jwtID(null).build(), SECRET, "k1", JWSAlgorithm.HS256)));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant now = env.clock().instant();
        JWTClaimsSet expired = claims().issueTime(Date.from(now.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(5)))).build();
        assertEquals(401, status(sign(expired, SECRET, "k1", JWSAlgorithm.HS256)));
    }

    @Test
    void aFutureNotBeforeIsRefused() throws Exception {
        JWTClaimsSet future = claims().notBeforeTime(Date.from(env.clock().instant().plus(Duration.ofMinutes(10))))
                .build();
        assertEquals(401, status(sign(future, SECRET, "k1", JWSAlgorithm.HS256)));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = person.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"" + person.id() + "\"", "\"sub\":\"" + (person.id() + 1) + "\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, status(forged));
    }

    @Test
    void aWrongOrMissingKidIsRefused() throws Exception {
        assertEquals(401, status(sign(claims().build(), SECRET, "k2", JWSAlgorithm.HS256)));
        assertEquals(401, status(sign(claims().build(), SECRET, null, JWSAlgorithm.HS256)));
    }

    @Test
    void anotherIssuerOrAlgorithmIsRefused() throws Exception {
        assertEquals(401, status(sign(claims().issuer("evil").build(), SECRET, "k1", JWSAlgorithm.HS256)));
        byte[] longKey = new byte[64];
        System.arraycopy(SECRET, 0, longKey, 0, Math.min(SECRET.length, 64));
        assertEquals(401, status(sign(claims().build(), longKey, "k1", JWSAlgorithm.HS512)));
    }

    @Test
    void aTokenForAnotherUsersSessionIsRefused() throws Exception {
        assertEquals(401, status(sign(claims().subject(String.valueOf(person.id() + 1000)).build(), SECRET, "k1",
                JWSAlgorithm.HS256)));
    }
}
