package th.ac.ums.server.finance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import th.ac.ums.server.http.ApiException;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.Json;
import th.ac.ums.server.platform.DbFailures;
import th.ac.ums.server.platform.Rows;
import th.ac.ums.server.sync.Writes;

/**
 * Exactly-once money writes. The Idempotency-Key header is required; the key is claimed first in
 * the transaction (a primary key, so a concurrent duplicate waits on the row lock and then fails),
 * and the answer is stored with it. A retry with the same key and body gets the stored answer
 * and records nothing; the same key with another body is 409.
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

    public Answer once(Call call, String scope, Object request, Function<Writes.Work, Object> work) {
        String key = call.header(HEADER).map(String::trim).orElseThrow(() -> ApiException.invalid(HEADER,
                "is required: send a unique key per payment (for example a UUID) and repeat it on retries"));
        if (!key.matches("^[A-Za-z0-9._:-]{8,100}$")) {
            throw ApiException.invalid(HEADER, "must be 8 to 100 letters, digits, dots, dashes, colons or underscores");
        }
        String hash = sha256(Json.write(request));
        Optional<Answer> earlier = stored(scope, key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return writes.run(w -> {
                w.tx().dml("INSERT INTO idempotency_keys (scope, idem_key, actor_id, request_hash, response_status, "
                        + "response_body) VALUES (?, ?, ?, ?, 0, '')", scope, key, call.caller().userId(), hash);
                byte[] body = Json.write(work.apply(w));
                w.tx().dml("UPDATE idempotency_keys SET response_status = 201, response_body = ? WHERE scope = ? "
                        + "AND idem_key = ?", new String(body, StandardCharsets.UTF_8), scope, key);
                return new Answer(201, body);
            });
        } catch (RuntimeException e) {
            if (DbFailures.isDuplicate(e)) {
                return stored(scope, key, hash).orElseThrow(() -> ApiException.conflict(
                        "A request with this Idempotency-Key is still being processed; retry shortly."));
            }
            throw e;
        }
    }

    private Optional<Answer> stored(String scope, String key, String hash) {
        return writes.db().readPrimary(exec -> exec.get("SELECT request_hash, response_status, response_body FROM "
                + "idempotency_keys WHERE scope = ? AND idem_key = ?", scope, key)).map(r -> {
                    if (!hash.equals(Rows.str(r, "request_hash"))) {
                        throw ApiException.conflict("This Idempotency-Key was used for a different request.");
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
