package th.ac.ums.client.shell;

import java.util.List;
import th.ac.ums.model.Role;

/** The console's screens, in navigation order, the roles that see each, and the key that opens each. */
public enum Screen {
    DASHBOARD("nav.dashboard", Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK),
    STUDENTS("nav.students", Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK),
    ADMISSIONS("nav.admissions", Role.ADMIN, Role.REGISTRAR),
    SECTIONS("nav.sections", Role.ADMIN, Role.REGISTRAR),
    FINANCE("nav.finance", Role.ADMIN, Role.FINANCE),
    AGING("nav.aging", Role.ADMIN, Role.FINANCE),
    HELPDESK("nav.helpdesk", Role.ADMIN, Role.HELPDESK),
    USERS("nav.users", Role.ADMIN),
    ACCOUNT("nav.account", Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK);

    private final String key;
    private final List<Role> roles;

    Screen(String key, Role... roles) {
        this.key = key;
        this.roles = List.of(roles);
    }

    public String key() {
        return key;
    }

    /** Ctrl+1 for the first screen, Ctrl+9 for the ninth: the same for everyone, whatever their roles. */
    public javafx.scene.input.KeyCombination shortcut() {
        return javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + (ordinal() + 1));
    }

    /** The shortcut as the help overlay prints it. */
    public String shortcutText() {
        return "Ctrl+" + (ordinal() + 1);
    }

    public boolean visibleTo(Session session) {
        return session.has(roles.toArray(Role[]::new));
    }
}
