package th.ac.ums.server.users;

import io.helidon.dbclient.DbExecute;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.EmailAddress;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.model.validation.TextForm;
import th.ac.ums.server.platform.ThaiOrder;
import th.ac.ums.server.platform.Rows;

/** SQL for users and their roles. */
public final class UserRepository {

    public long insert(DbExecute exec, String email, String displayName, String passwordHash, Set<Role> roles,
                       Instant now) {
        String name = TextForm.normalize(displayName);
        long id = exec.createInsert("INSERT INTO users (email, display_name, display_name_key, password_hash, created_at, "
                        + "updated_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(EmailAddress.canonical(email), name, ThaiOrder.key(name), passwordHash, Rows.utc(now),
                        Rows.utc(now), Rows.utc(now))
                .returnGeneratedKeys()
                .insert()
                .generatedKeys()
                .findFirst()
                .map(r -> ((Number) r.column(1).get()).longValue())
                .orElseThrow();
        replaceRoles(exec, id, roles);
        return id;
    }

    public void replaceRoles(DbExecute exec, long userId, Set<Role> roles) {
        exec.dml("DELETE FROM user_roles WHERE user_id = ?", userId);
        for (Role role : roles) {
            exec.dml("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", userId, role.name());
        }
    }

    public boolean emailExists(DbExecute exec, String email) {
        return findByEmail(exec, email).isPresent();
    }

    /**
     * The user whose address is exactly the canonical form of {@code email}. The column's collation
     * also equates accents and ignorable characters; only the canonical form may name an account, so
     * that every spelling of one account meets the same login limits.
     */
    public Optional<UserRecord> findByEmail(DbExecute exec, String email) {
        String canonical = EmailAddress.canonical(email);
        if (canonical == null || canonical.isEmpty() || canonical.length() > Rules.MAX_EMAIL) {
            return Optional.empty();
        }
        return exec.get(UserLists.COLUMNS_FULL_BY_EMAIL, canonical).map(UserRecord::of)
                .filter(u -> u.email().equals(canonical));
    }

    public Optional<UserRecord> findById(DbExecute exec, long id) {
        return exec.get(UserLists.COLUMNS_FULL_BY_ID, id).map(UserRecord::of);
    }

    /**
     * Counts enabled administrators other than {@code exceptId} (the last one must not be locked out),
     * locking the administrators' rows: two administrators removing each other at the same moment are
     * serialised, and the second sees that the first has gone.
     */
    public long otherActiveAdmins(DbExecute exec, long exceptId) {
        // a locking read sees the latest committed roles (not this transaction's snapshot) and holds them
        return exec.get("SELECT COUNT(*) AS n FROM user_roles r JOIN users u ON u.id = r.user_id "
                + "WHERE r.role = 'ADMIN' AND u.disabled = FALSE AND u.id <> ? FOR UPDATE", exceptId)
                .map(r -> Rows.lng(r, "n")).orElse(0L);
    }

    /**
     * Changes the given profile fields (null leaves one as it is) if the version still matches, with
     * a new version; answers the rows changed (0: another change came first).
     */
    public long updateProfile(DbExecute tx, long id, long expectedVersion, String displayName, Boolean disabled,
                              Instant now) {
        return tx.dml("UPDATE users SET display_name = COALESCE(?, display_name), display_name_key = "
                        + "COALESCE(?, display_name_key), disabled = COALESCE(?, disabled), version = version + 1, "
                        + "updated_at = ? WHERE id = ? AND version = ?",
                displayName, displayName == null ? null : ThaiOrder.key(displayName), disabled,
                Rows.utc(now), id, expectedVersion);
    }

    /** Records a sign-in's time. */
    public void signedIn(DbExecute tx, long id, Instant at) {
        tx.dml("UPDATE users SET last_login_at = ? WHERE id = ?", Rows.utc(at), id);
    }

    /** Replaces a password hash by a stronger hash of the same password, unless it changed meanwhile. */
    public void rehash(DbExecute tx, long id, String oldHash, String newHash) {
        tx.dml("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?", newHash, id, oldHash);
    }

    /** Sets a new password hash (a new version). */
    public void setPassword(DbExecute tx, long id, String hash, Instant now) {
        tx.dml("UPDATE users SET password_hash = ?, password_changed_at = ?, version = version + 1, updated_at = ? "
                + "WHERE id = ?", hash, Rows.utc(now), Rows.utc(now), id);
    }
}
