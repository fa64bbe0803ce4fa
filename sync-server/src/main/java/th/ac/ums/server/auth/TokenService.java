package th.ac.ums.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.sessions.Session;

/**
 * Bearer tokens: JWTs signed with HS256 under a key id, so a secret can be rotated (the
 * previous one keeps verifying). Verification runs Nimbus's DefaultJWTProcessor with an
 * algorithm allowlist of exactly HS256, the typ "JWT", the issuer, and required
 * sub/sid/iat/exp/jti (Nimbus checks exp only when present, so presence is required here).
 * The token only names the session; the session in Redis decides whether it is still alive.
 */
public final class TokenService {
    private static final Set<String> REQUIRED = Set.of("sub", "sid", "iat", "exp", "jti");

    private final MACSigner signer;
    private final String keyId;
    private final String issuer;
    private final DefaultJWTProcessor<SecurityContext> processor;

    /** A verified token: the user and the session it names. */
    public record Claims(long userId, String sessionId, String tokenId) {
    }

    public TokenService(byte[] secret, String keyId, byte[] previousSecret, String previousKeyId, String issuer,
                        Clock clock) {
        try {
            this.signer = new MACSigner(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("token secret too short", e);
        }
        this.keyId = keyId;
        this.issuer = issuer;
        List<com.nimbusds.jose.jwk.JWK> keys = new ArrayList<>();
        keys.add(new OctetSequenceKey.Builder(secret).keyID(keyId).algorithm(JWSAlgorithm.HS256).build());
        if (previousSecret != null) {
            keys.add(new OctetSequenceKey.Builder(previousSecret).keyID(previousKeyId)
                    .algorithm(JWSAlgorithm.HS256).build());
        }
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.HS256),
                new ImmutableJWKSet<>(new JWKSet(keys))));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), REQUIRED) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew(30);
        p.setJWTClaimsSetVerifier(claims);
        this.processor = p;
    }

    /** A token for a session; it expires with the session's absolute lifetime. */
    public String issue(Session session) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(String.valueOf(session.userId()))
                .claim("sid", session.id())
                .issuer(issuer)
                .issueTime(Date.from(session.createdAt()))
                .expirationTime(Date.from(session.absoluteExpiry()))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keyId).type(JOSEObjectType.JWT)
                .build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** Verifies signature, algorithm, key id, type and claims; anything wrong is 401. */
    public Claims verify(String token) {
        try {
            if (token.length() > 4096) {
                throw Refusal.unauthorized();
            }
            SignedJWT jwt = SignedJWT.parse(token);
            if (jwt.getHeader().getKeyID() == null) {
                throw Refusal.unauthorized();
            }
            JWTClaimsSet claims = processor.process(jwt, null);
            String sid = claims.getStringClaim("sid");
            if (sid == null || sid.isBlank() || !claims.getSubject().matches("^[1-9][0-9]{0,17}$")) {
                throw Refusal.unauthorized();
            }
            return new Claims(Long.parseLong(claims.getSubject()), sid, claims.getJWTID());
        } catch (ParseException | BadJOSEException | JOSEException | ClassCastException e) {
            throw Refusal.unauthorized();
        }
    }
}
