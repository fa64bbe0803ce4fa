package th.ac.ums.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Single-use recovery codes: ten per enrolment, 80 random bits each, shown once as
 * XXXX-XXXX-XXXX-XXXX (base32 letters), stored only as SHA-256 hashes (80 bits of entropy make
 * a fast hash sufficient; the codes are never derived from anything a user chose).
 */
public final class RecoveryCodes {
    public static final int COUNT = 10;
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public List<String> generate() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 16; c++) {
                if (c > 0 && c % 4 == 0) {
                    sb.append('-');
                }
                sb.append(ALPHABET[random.nextInt(32)]);
            }
            codes.add(sb.toString());
        }
        return codes;
    }

    /** The hash of a code as typed (case and dashes do not matter), or empty if it cannot be one. */
    public static Optional<String> hash(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalized = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!normalized.matches("^[A-Z2-7]{16}$")) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.US_ASCII));
            return Optional.of(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
