package th.ac.ums.server.auth;

import java.util.Base64;
import java.util.Optional;

/** Reads UMS_TOKEN_SECRET: base64 (standard or URL-safe) of at least 32 bytes. */
public final class TokenSecrets {
    public static final int MIN_BYTES = 32;

    private TokenSecrets() {
    }

    /** The decoded secret, or empty with {@code problem} explaining why it is not acceptable. */
    public static Optional<byte[]> decode(String value, StringBuilder problem) {
        if (value == null || value.isBlank()) {
            problem.append("UMS_TOKEN_SECRET is not set. Set it to a base64 secret of at least ")
                    .append(MIN_BYTES).append(" bytes, for example: export UMS_TOKEN_SECRET=$(openssl rand -base64 48)");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            String trimmed = value.trim();
            bytes = trimmed.contains("-") || trimmed.contains("_")
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            problem.append("UMS_TOKEN_SECRET is not valid base64.");
            return Optional.empty();
        }
        if (bytes.length < MIN_BYTES) {
            problem.append("UMS_TOKEN_SECRET decodes to ").append(bytes.length).append(" bytes; at least ")
                    .append(MIN_BYTES).append(" are required.");
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /** A fresh random secret (the demo command uses one). */
    public static String generate() {
        byte[] bytes = new byte[48];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
