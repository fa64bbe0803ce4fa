package th.ac.ums.server.users;

import static th.ac.ums.server.platform.Rows.bool;
import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.list;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.str;

import io.helidon.dbclient.DbRow;
import th.ac.ums.model.Dtos.UserDto;
import java.util.List;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.EmailAddress;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;

/** How users are listed (ADMIN): by role and disabled flag; roles come in the same statement. */
public final class UserLists {
    static final String COLUMNS = "u.id, u.version, u.email, u.display_name, u.disabled, u.totp_enabled, "
            + "u.created_at, u.last_login_at, "
            + "(SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id) AS roles";

    /** Every column of a user, including secrets, for the server's own checks (never sent as is). */
    static final String FULL = "SELECT u.id, u.version, u.email, u.display_name, u.password_hash, u.disabled, "
            + "u.totp_secret, u.totp_enabled, u.totp_required, u.totp_last_step, u.totp_pending_secret, u.totp_pending_at, "
            + "u.created_at, u.last_login_at, u.password_changed_at, "
            + "(SELECT GROUP_CONCAT(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id) AS roles "
            + "FROM users u ";
    static final String COLUMNS_FULL_BY_EMAIL = FULL + "WHERE u.email = ?";
    static final String COLUMNS_FULL_BY_ID = FULL + "WHERE u.id = ?";

    public static final ListSpec<UserDto> USERS = ListSpec.builder("users", "users", "u")
            .select(COLUMNS)
            .filter(Filter.oneOf("role", "EXISTS (SELECT 1 FROM user_roles fr WHERE fr.user_id = u.id AND fr.role = ?)",
                    Role.class))
            .filter(Filter.bool("disabled", "u.disabled"))
            .filter(Filter.search("q", "(u.email LIKE ? OR u.display_name LIKE ?)", 100,
                    q -> List.of(Filter.prefix(EmailAddress.canonical(q)), Filter.prefix(q))))
            .sort("email", "u.email")
            .sort("displayName", "u.display_name_key", "u.id")
            .sort("createdAt", "u.created_at", "u.id")
            .defaultSort("email", false)
            .path("uq_users_email", "email")
            .path("ix_users_display_order", "displayName")
            .path("ix_users_created", "createdAt")
            .path("ix_users_disabled_created", "createdAt", "disabled")
            .mapper(UserLists::user)
            .build();

    private UserLists() {
    }

    public static UserDto user(DbRow r) {
        return new UserDto(lng(r, "id"), lng(r, "version"), str(r, "email"), str(r, "display_name"),
                list(r, "roles").stream().map(Role::valueOf).sorted().toList(), bool(r, "disabled"),
                bool(r, "totp_enabled"),
                instant(r, "created_at"), instant(r, "last_login_at"), null);
    }
}
