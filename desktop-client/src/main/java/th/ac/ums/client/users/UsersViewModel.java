package th.ac.ums.client.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

/** Staff accounts for administrators: find, create, change roles, disable (which ends their sessions). */
public final class UsersViewModel {
    private final PeopleApi api;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<UserDto> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserDto> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final NewUserViewModel newUser;

    private final TaskRunner.Latest searches;

    public UsersViewModel(PeopleApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
        this.searches = tasks.latest("users");
        this.newUser = new NewUserViewModel(api, tasks);
        // a notice about one user does not stay under another
        selected.addListener((o, was, now) -> {
            if (was != null && (now == null || was.id() != now.id())) {
                notice.set(Notice.NONE);
            }
        });
    }

    /** Finds users; only the newest search's answer is shown (a refusal empties the list and says so). */
    /** The text of the search now shown (search as you type skips a search for the same text). */
    public String searched() {
        return searched;
    }

    private String searched = "";

    public void search() {
        String q = th.ac.ums.model.validation.TextForm.normalize(query.get().trim());
        searched = q;
        searches.run(() -> api.users(PageQuery.first(q.isEmpty() ? Map.of() : Map.of("q", q), "email", 100)).data(),
                users::setAll, e -> users.clear());
    }

    public LoadStatus searching() {
        return searches;
    }

    /** The form of the "new user" dialog. */
    public NewUserViewModel newUser() {
        return newUser;
    }

    /** A user the server created: first in the table, selected, and named in the notice. */
    public void created(UserDto u) {
        users.removeIf(x -> x.id() == u.id());
        users.add(0, u);
        selected.set(u);
        notice.set(Notice.of("users.done.created", u.displayName(), u.email(), u.roles()));
    }

    public void setDisabled(UserDto u, boolean disabled) {
        change(u, new PeopleApi.UserChanges(null, null, disabled), disabled ? "users.disabled" : "users.enabled");
    }

    public void setRoles(UserDto u, List<Role> roles) {
        change(u, new PeopleApi.UserChanges(null, List.copyOf(EnumSet.copyOf(roles)), null), "users.rolesSaved");
    }

    private void change(UserDto u, PeopleApi.UserChanges c, String done) {
        tasks.run(() -> api.update(u.id(), u.version(), c), updated -> {
            boolean wasSelected = selected.get() != null && selected.get().id() == updated.id();
            users.replaceAll(x -> x.id() == updated.id() ? updated : x);
            if (wasSelected) {
                selected.set(updated);
            }
            notice.set(Notice.of(done, updated.email(), updated.roles()));
        }, e -> notice.set(Notice.failure(e)));
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<UserDto> users() {
        return users;
    }

    /** The user selected in the table. */
    public ObjectProperty<UserDto> selected() {
        return selected;
    }

    /** The result of the last change, naming the user, or why it failed. */
    public ObjectProperty<Notice> notice() {
        return notice;
    }
}
