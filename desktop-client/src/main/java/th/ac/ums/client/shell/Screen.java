package th.ac.ums.client.shell;

import java.util.List;
import th.ac.ums.model.Role;

/** The console's screens, in navigation order, the roles that see each, and the key that opens each. */
public enum Screen {
    DASHBOARD("nav.dashboard", "1", Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK),
    STUDENTS("nav.students", "2", Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK),
    ADMISSIONS("nav.admissions", "3", Role.ADMIN, Role.REGISTRAR),
    SECTIONS("nav.sections", "4", Role.ADMIN, Role.REGISTRAR),
    FINANCE("nav.finance", "5", Role.ADMIN, Role.FINANCE),
    RECEIPTS("nav.receipts", "6", Role.ADMIN, Role.FINANCE),
    BANK("nav.bank", "7", Role.ADMIN, Role.FINANCE),
    AGING("nav.aging", "8", Role.ADMIN, Role.FINANCE),
    HELPDESK("nav.helpdesk", "9", Role.ADMIN, Role.HELPDESK),
    USERS("nav.users", "0", Role.ADMIN),
    ACCOUNT("nav.account", "Comma", Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK);

    private final String key;
    private final String shortcutKey;
    private final List<Role> roles;

    Screen(String key, String shortcutKey, Role... roles) {
        this.key = key;
        this.shortcutKey = shortcutKey;
        this.roles = List.of(roles);
    }

    public String key() {
        return key;
    }

    /**
     * Ctrl+1 .. Ctrl+9 and Ctrl+0 for the first ten screens, Ctrl+, (the usual "settings" key) for
     * the signed-in user's own account: the same for everyone, whatever their roles.
     */
    public javafx.scene.input.KeyCombination shortcut() {
        return javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + shortcutKey);
    }

    /** The shortcut as the help overlay prints it. */
    public String shortcutText() {
        return "Ctrl+" + ("Comma".equals(shortcutKey) ? "," : shortcutKey);
    }

    public boolean visibleTo(Session session) {
        return session.has(roles.toArray(Role[]::new));
    }
}
