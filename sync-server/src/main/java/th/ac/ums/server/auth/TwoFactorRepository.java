package th.ac.ums.server.auth;

import io.helidon.dbclient.DbExecute;
import java.time.Instant;
import java.util.List;
import th.ac.ums.server.platform.Rows;

/**
 * SQL for two-factor sign-in: a user's pending and confirmed TOTP secret (sealed before it gets
 * here), the last accepted time step, and the hashed recovery codes. It holds no rules and opens
 * no transaction: each method runs on the executor or transaction the service passes.
 */
public final class TwoFactorRepository {

    /** Keeps a sealed secret as the user's enrolment in progress. */
    public void startEnrollment(DbExecute tx, long userId, String sealedSecret, Instant now) {
        tx.dml("UPDATE users SET totp_pending_secret = ?, totp_pending_at = ? WHERE id = ?",
                sealedSecret, Rows.utc(now), userId);
    }

    /** Turns two-factor sign-in on with the confirmed secret and the step its first code used. */
    public void enable(DbExecute tx, long userId, String sealedSecret, long step, Instant now) {
        tx.dml("UPDATE users SET totp_secret = ?, totp_enabled = TRUE, totp_required = FALSE, totp_last_step = ?, "
                + "totp_pending_secret = NULL, totp_pending_at = NULL, version = version + 1, updated_at = ? "
                + "WHERE id = ?", sealedSecret, step, Rows.utc(now), userId);
    }

    /** Turns the factor off if it is on; answers whether this call did (of two at once, one does). */
    public boolean turnOff(DbExecute tx, long userId) {
        return tx.dml("UPDATE users SET totp_enabled = FALSE WHERE id = ? AND totp_enabled = TRUE", userId) == 1;
    }

    /** Removes the secret, the steps and the recovery codes; {@code mustEnrollAgain} at the next sign-in. */
    public void clear(DbExecute tx, long userId, boolean mustEnrollAgain, Instant now) {
        tx.dml("UPDATE users SET totp_secret = NULL, totp_enabled = FALSE, totp_required = ?, totp_last_step = NULL, "
                + "totp_pending_secret = NULL, totp_pending_at = NULL, version = version + 1, updated_at = ? "
                + "WHERE id = ?", mustEnrollAgain, Rows.utc(now), userId);
        tx.dml("DELETE FROM recovery_codes WHERE user_id = ?", userId);
    }

    /** Accepts a step only if it is later than the last accepted one (atomic across instances). */
    public boolean consumeStep(DbExecute tx, long userId, long step) {
        return tx.dml("UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_enabled = TRUE "
                + "AND (totp_last_step IS NULL OR totp_last_step < ?)", step, userId, step) == 1;
    }

    /** Marks an unused recovery code used; answers whether one was. */
    public boolean useRecoveryCode(DbExecute tx, long userId, String codeHash, Instant now) {
        return tx.dml("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? "
                + "AND used_at IS NULL", Rows.utc(now), userId, codeHash) == 1;
    }

    /** How many recovery codes the user has left. */
    public long recoveryCodesLeft(DbExecute tx, long userId) {
        return tx.get("SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = ? AND used_at IS NULL",
                userId).map(r -> Rows.lng(r, "n")).orElse(0L);
    }

    /** Replaces the user's recovery codes with these hashes. */
    public void replaceRecoveryCodes(DbExecute tx, long userId, List<String> codeHashes, Instant now) {
        tx.dml("DELETE FROM recovery_codes WHERE user_id = ?", userId);
        for (String hash : codeHashes) {
            tx.dml("INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)", userId,
                    hash, Rows.utc(now));
        }
    }
}
