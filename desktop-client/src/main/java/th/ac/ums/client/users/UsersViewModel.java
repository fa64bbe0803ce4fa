package th.ac.ums.client.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.ui.LoadStatus;
import th.ac.ums.client.ui.TaskRunner;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

/** Staff accounts for administrators: find, change roles, disable (which ends their sessions). */
public final class UsersViewModel {
    private final PeopleApi api;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<UserDto> users = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    private final TaskRunner.Latest searches;

    public UsersViewModel(PeopleApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
        this.searches = tasks.latest("users");
    }

    /** Finds users; only the newest search's answer is shown (a refusal empties the list and says so). */
    public void search() {
        String q = query.get().trim();
        searches.run(() -> api.users(PageQuery.first(q.isEmpty() ? Map.of() : Map.of("q", q), "email", 100)).data(),
                users::setAll, e -> users.clear());
    }

    public LoadStatus searching() {
        return searches;
    }

    public void setDisabled(UserDto u, boolean disabled) {
        change(u, new PeopleApi.UserChanges(null, null, disabled), disabled ? "users.disabled" : "users.enabled");
    }

    public void setRoles(UserDto u, List<Role> roles) {
        change(u, new PeopleApi.UserChanges(null, List.copyOf(EnumSet.copyOf(roles)), null), "users.rolesSaved");
    }

    private void change(UserDto u, PeopleApi.UserChanges c, String done) {
        tasks.run(() -> api.update(u.id(), u.version(), c), updated -> {
            users.replaceAll(x -> x.id() == updated.id() ? updated : x);
            message.set(done);
        }, this::failed);
    }

    private void failed(Throwable t) {
        message.set(ApiException.messageOf(t));
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<UserDto> users() {
        return users;
    }

    public StringProperty message() {
        return message;
    }
}
