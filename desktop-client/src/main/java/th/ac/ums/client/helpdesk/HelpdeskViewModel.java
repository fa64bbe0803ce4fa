package th.ac.ums.client.helpdesk;

import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.ui.LoadStatus;
import th.ac.ums.client.ui.TaskRunner;
import th.ac.ums.model.Dtos.EndedSessionDto;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Dtos.UserDto;

/**
 * The helpdesk desk: find a user, see their active and ended sessions, and revoke one or all,
 * unlock sign-in or reset two-factor login. Each action is confirmed by the view and its result
 * (the audit outcome) is shown in {@link #message()}.
 */
public final class HelpdeskViewModel {
    private final PeopleApi api;
    private final TaskRunner tasks;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<UserDto> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserDto> selected = new SimpleObjectProperty<>();
    private final ObservableList<SessionDto> sessions = FXCollections.observableArrayList();
    private final ObservableList<EndedSessionDto> history = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final TaskRunner.Latest searches;
    private final TaskRunner.Latest sessionLoads;
    private final TaskRunner.Latest historyLoads;

    public HelpdeskViewModel(PeopleApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
        this.searches = tasks.latest("users");
        this.sessionLoads = tasks.latest("sessions");
        this.historyLoads = tasks.latest("history");
        selected.addListener((o, was, now) -> refresh());
    }

    /** Finds users; only the answer to the newest search is shown (a refusal empties the list and says so). */
    public void search() {
        String q = query.get().trim();
        searches.run(() -> api.find(PageQuery.first(q.isEmpty() ? Map.of() : Map.of("q", q), "email", 50)).data(),
                users::setAll, e -> users.clear());
    }

    /** The selected user's sessions and history; answers for a user selected before are dropped. */
    public void refresh() {
        UserDto u = selected.get();
        sessions.clear();
        history.clear();
        if (u == null) {
            sessionLoads.cancel();
            historyLoads.cancel();
            return;
        }
        sessionLoads.run(() -> api.sessions(u.id()).data(), sessions::setAll, e -> sessions.clear());
        historyLoads.run(() -> api.history(u.id()).data(), history::setAll, e -> history.clear());
    }

    public LoadStatus searching() {
        return searches;
    }

    public LoadStatus sessionsLoading() {
        return sessionLoads;
    }

    public LoadStatus historyLoading() {
        return historyLoads;
    }

    public void revoke(SessionDto s) {
        act(() -> api.revoke(s.id()), "helpdesk.revoked");
    }

    public void revokeAll() {
        UserDto u = selected.get();
        if (u != null) {
            act(() -> api.revokeAll(u.id()), "helpdesk.revokedAll");
        }
    }

    public void unlock() {
        UserDto u = selected.get();
        if (u != null) {
            act(() -> api.unlock(u.id()), "helpdesk.unlocked");
        }
    }

    public void resetTwoFactor() {
        UserDto u = selected.get();
        if (u != null) {
            act(() -> api.resetTwoFactor(u.id()), "helpdesk.twoFactorReset");
        }
    }

    private void act(Runnable call, String done) {
        Callable<Void> work = () -> {
            call.run();
            return null;
        };
        tasks.run(work, ok -> {
            message.set(done);
            refresh();
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

    public ObjectProperty<UserDto> selected() {
        return selected;
    }

    public ObservableList<SessionDto> sessions() {
        return sessions;
    }

    public ObservableList<EndedSessionDto> history() {
        return history;
    }

    public StringProperty message() {
        return message;
    }
}
