package th.ac.ums.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Settings;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}),
 * computed by Bouncy Castle. At most {@code max-concurrent} hashes run at once: a login flood
 * waits briefly for a slot and then gets 503, instead of starving every other request of CPU.
 */
public final class PasswordHasher implements th.ac.ums.server.users.PasswordHashing {
    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    private final Semaphore slots;
    private final Duration queueTimeout;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(int memoryKib, int iterations, int parallelism, int maxConcurrent, Duration queueTimeout) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.slots = new Semaphore(maxConcurrent, true);
        this.queueTimeout = queueTimeout;
        this.dummyHash = compute("dummy-password-for-unknown-users", newSalt(), memoryKib, iterations, parallelism);
    }

    public static PasswordHasher fromSettings(Settings s) {
        int concurrent = s.integer("auth.argon2.max-concurrent");
        // Argon2 is memory-hard: more hashes at once than cores only thrash the caches.
        int slots = concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
        return new PasswordHasher(s.integer("auth.argon2.memory-kib"), s.integer("auth.argon2.iterations"),
                s.integer("auth.argon2.parallelism"), slots, s.duration("auth.argon2.queue-timeout"));
    }

    /** A new hash of the password with the configured parameters. */
    @Override
    public String hash(String password) {
        return gated(() -> compute(password, newSalt(), memoryKib, iterations, parallelism));
    }

    /** Checks a password against a stored hash in constant time; unknown formats never match. */
    public boolean verify(String password, String stored) {
        Matcher m = stored == null ? null : PHC.matcher(stored);
        if (m == null || !m.matches()) {
            verifyDummy(password);
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(pad(m.group(4)));
        String computed = gated(() -> compute(password, salt, Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }

    /** Spends the same time as a real check, for unknown users (no timing oracle for emails). */
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, dummyHash);
    }

    /** True when the stored hash was made with other parameters than the configured ones. */
    public boolean needsRehash(String stored) {
        Matcher m = PHC.matcher(stored);
        return !m.matches() || Integer.parseInt(m.group(1)) != memoryKib || Integer.parseInt(m.group(2)) != iterations
                || Integer.parseInt(m.group(3)) != parallelism;
    }

    private String gated(java.util.function.Supplier<String> work) {
        try {
            if (!slots.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw Refusal.unavailable("Too many sign-ins at once; try again shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.unavailable("The request was interrupted.");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }

    static String compute(String password, byte[] salt, int memory, int iterations, int parallelism) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[HASH_BYTES];
        String normalized = java.text.Normalizer.normalize(password, java.text.Normalizer.Form.NFKC);
        generator.generateBytes(normalized.getBytes(StandardCharsets.UTF_8), out);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + memory + ",t=" + iterations + ",p=" + parallelism + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(out);
    }

    private static String pad(String b64) {
        int rem = b64.length() % 4;
        return rem == 0 ? b64 : b64 + "=".repeat(4 - rem);
    }
}
