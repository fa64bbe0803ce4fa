package th.ac.ums.server.users;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Rows;

/** A user as the server sees it, secrets included; {@link #toDto()} is what the API shows. */
public record UserRecord(long id, long version, String email, String displayName, String passwordHash,
                         boolean disabled, String totpSecret, boolean totpEnabled, boolean totpRequired,
                         Long totpLastStep, String totpPendingSecret, Instant totpPendingAt, Set<Role> roles,
                         Instant createdAt, Instant lastLoginAt) {

    static UserRecord of(DbRow r) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Rows.list(r, "roles").forEach(x -> roles.add(Role.valueOf(x)));
        return new UserRecord(Rows.lng(r, "id"), Rows.lng(r, "version"), Rows.str(r, "email"),
                Rows.str(r, "display_name"), Rows.str(r, "password_hash"), Rows.bool(r, "disabled"),
                Rows.str(r, "totp_secret"), Rows.bool(r, "totp_enabled"), Rows.bool(r, "totp_required"),
                Rows.optLong(r, "totp_last_step"), Rows.str(r, "totp_pending_secret"),
                Rows.instant(r, "totp_pending_at"), roles, Rows.instant(r, "created_at"),
                Rows.instant(r, "last_login_at"));
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public UserDto toDto() {
        return new UserDto(id, version, email, displayName, roles.stream().sorted().toList(), disabled, totpEnabled,
                createdAt, lastLoginAt, null);
    }
}
