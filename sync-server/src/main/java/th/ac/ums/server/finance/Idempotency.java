package th.ac.ums.server.finance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.DbFailures;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.sync.Writes;

/**
 * Exactly-once money writes. The Idempotency-Key header is required and belongs to the user who
 * sends it: keys are scoped to (user, key), so another user's identical key is a different key and
 * never returns their result. The key is claimed first in the transaction (a primary key, so a
 * concurrent duplicate waits on the row lock and then fails) together with the operation it is
 * for, and the answer is stored with it. A retry with the same key, operation and request gets
 * the stored answer and records nothing; the same key with another request, or on another
 * operation, is 409.
 */
public final class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    private final Writes writes;

    public Idempotency(Writes writes) {
        this.writes = writes;
    }

    /** A stored or fresh answer. */
    public record Answer(int status, byte[] body) {
    }

    /** The caller's key from the values of its request header: invalid when missing, repeated or malformed. */
    public static String key(java.util.List<String> all) {
        if (all.isEmpty()) {
            throw Refusal.invalid(HEADER,
                    "is required: send a unique key per payment (for example a UUID) and repeat it on retries");
        }
        String key = all.get(0).trim();
        if (all.size() > 1 || !key.matches("^[A-Za-z0-9._:-]{8,100}$")) {
            throw Refusal.invalid(HEADER, "must be one value of 8 to 100 letters, digits, dots, dashes, colons "
                    + "or underscores");
        }
        return key;
    }

    /**
     * Runs {@code work} once per (user, key): {@code operation} names the route ("POST /payments"),
     * {@code request} is everything that defines the request (path ids and body).
     */
    public Answer once(long actorId, String key, String operation, Object request, Function<Writes.Work, Object> work) {
        String hash = sha256(Json.write(request));
        Optional<Answer> earlier = stored(actorId, key, operation, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return writes.run(w -> {
                w.tx().dml("INSERT INTO idempotency_keys (actor_id, idem_key, operation, request_hash, response_status, "
                        + "response_body) VALUES (?, ?, ?, ?, 0, '')", actorId, key, operation, hash);
                byte[] body = Json.write(work.apply(w));
                w.tx().dml("UPDATE idempotency_keys SET response_status = 201, response_body = ? WHERE actor_id = ? "
                        + "AND idem_key = ?", new String(body, StandardCharsets.UTF_8), actorId, key);
                return new Answer(201, body);
            });
        } catch (RuntimeException e) {
            if (DbFailures.isDuplicate(e)) {
                return stored(actorId, key, operation, hash).orElseThrow(() -> Refusal.conflict(
                        "A request with this Idempotency-Key is still being processed; retry shortly."));
            }
            throw e;
        }
    }

    private Optional<Answer> stored(long actorId, String key, String operation, String hash) {
        return writes.db().readPrimary(exec -> exec.get("SELECT operation, request_hash, response_status, "
                + "response_body FROM idempotency_keys WHERE actor_id = ? AND idem_key = ?", actorId, key)).map(r -> {
                    String first = Rows.str(r, "operation");
                    if (!operation.equals(first)) {
                        throw Refusal.conflict("This Idempotency-Key was already used for " + first
                                + "; send a new key for each request.");
                    }
                    if (!hash.equals(Rows.str(r, "request_hash"))) {
                        throw Refusal.conflict("This Idempotency-Key was used for a different request.");
                    }
                    return new Answer(Rows.integer(r, "response_status"),
                            Rows.str(r, "response_body").getBytes(StandardCharsets.UTF_8));
                });
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
