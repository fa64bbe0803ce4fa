package th.ac.ums.client.users;

import javafx.scene.control.TableView;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.UserDto;

/**
 * A table of staff accounts as the helpdesk and administrators read it: e-mail, name, roles in
 * words, whether the account is disabled, two-factor sign-in on or off, locked until (the
 * university's time, or "—") and last sign-in (the widest last, where a narrow window scrolls).
 */
public final class UserColumns {
    /** What a table shows for a time that is not there ("locked until": not locked). */
    public static final String NONE = "—";

    private UserColumns() {
    }

    public static TableView<UserDto> table(Formats formats, javafx.collections.ObservableList<UserDto> rows) {
        I18n i18n = formats.i18n();
        TableView<UserDto> t = new TableView<>(rows);
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("student.email"), 240, UserDto::email)));
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("users.name"), 200, UserDto::displayName)));
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("users.roles"), 200, u -> formats.roles(u.roles()))));
        t.getColumns().add(Columns.text(i18n.text("users.state"), 100,
                u -> i18n.get(u.disabled() ? "users.disabledFlag" : "users.active")));
        t.getColumns().add(Columns.text(i18n.text("users.twoFactorColumn"), 90,
                u -> i18n.get(u.twoFactorEnabled() ? "users.on" : "users.off")));
        t.getColumns().add(Columns.text(i18n.text("users.lockedUntil"), 150,
                u -> u.lockedUntil() == null ? NONE : formats.timestamp(u.lockedUntil())));
        t.getColumns().add(Columns.text(i18n.text("users.lastSignIn"), 150,
                u -> u.lastLoginAt() == null ? i18n.get("users.never") : formats.timestamp(u.lastLoginAt())));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        return t;
    }
}
