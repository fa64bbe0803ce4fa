package th.ac.ums.client.shell;

import java.util.EnumSet;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.data.SignedInUser;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Role;

/**
 * What every screen needs to know about the sign-in: who, whether the server answers (writes are
 * allowed only then), and whether the session ended under us (the re-login dialog shows).
 */
public final class Session {
    private final ObjectProperty<SignedInUser> user = new SimpleObjectProperty<>();
    private final BooleanProperty online = new SimpleBooleanProperty(true);
    private final BooleanProperty lost = new SimpleBooleanProperty(false);

    public Session(ApiClient api, TaskRunner tasks) {
        api.onReachabilityChange(now -> tasks.onUi(() -> online.set(now)));
        api.onSessionLost(() -> tasks.onUi(() -> {
            if (user.get() != null) {
                lost.set(true);
            }
        }));
    }

    public ObjectProperty<SignedInUser> user() {
        return user;
    }

    /** True while the server answers; every write control is bound to it. */
    public BooleanProperty online() {
        return online;
    }

    /** True when the server refused our token (revoked, expired): re-login keeps the screen. */
    public BooleanProperty lost() {
        return lost;
    }

    public boolean has(Role... any) {
        SignedInUser u = user.get();
        if (u == null) {
            return false;
        }
        Set<Role> mine = u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles());
        for (Role r : any) {
            if (mine.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
