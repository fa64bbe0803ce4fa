package th.ac.ums.server.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30 s). java-otp computes codes; accepting the current step
 * or one either side, and finding which step matched (for replay refusal), is ours.
 */
public final class Totp {
    public static final Duration STEP = Duration.ofSeconds(30);
    private static final Base32 BASE32 = new Base32();
    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new 160-bit secret from a CSPRNG, base32 without padding. */
    public String newSecret() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return BASE32.encodeToString(bytes).replace("=", "");
    }

    public static long stepOf(Instant instant) {
        return instant.getEpochSecond() / STEP.getSeconds();
    }

    /** The step (T-1, T or T+1 around now) whose code is {@code code}, if any. */
    public OptionalLong matchingStep(String base32Secret, String code) {
        if (code == null || !code.matches("^[0-9]{6}$")) {
            return OptionalLong.empty();
        }
        long now = stepOf(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (java.security.MessageDigest.isEqual(code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a given step (tests and enrollment checks use it). */
    public String code(String base32Secret, long step) {
        try {
            SecretKeySpec key = new SecretKeySpec(BASE32.decode(base32Secret), "HmacSHA1");
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()),
                    java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String otpauthUri(String issuer, String account, String secret) {
        String label = enc(issuer) + ":" + enc(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
