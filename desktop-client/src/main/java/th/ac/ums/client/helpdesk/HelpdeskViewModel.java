package th.ac.ums.client.helpdesk;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.api.PeopleApi;
import th.ac.ums.client.data.FailedSignIn;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.EndedSessionDto;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

/**
 * The helpdesk desk: find the person on the phone, see their live and ended sessions, their lock
 * and their recent failed sign-ins, and unlock them, end one or all of their sessions or reset
 * their two-factor sign-in. An action that does not apply to the selected user says why in
 * {@link #why(Action)} (the view disables its button and shows the reason); each result names the
 * person in {@link #notice()}. Loads for the selected user are latest-wins: answers for a user
 * selected before are dropped.
 */
public final class HelpdeskViewModel {
    /** What the helpdesk can do to the selected user. */
    public enum Action { UNLOCK, END_ALL, RESET_TWO_FACTOR, END_ONE }

    private final PeopleApi api;
    private final TaskRunner tasks;
    private final BooleanSupplier callerIsAdmin;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<UserDto> users = FXCollections.observableArrayList();
    private final ObjectProperty<UserDto> selected = new SimpleObjectProperty<>();
    private final ObservableList<SessionDto> sessions = FXCollections.observableArrayList();
    private final ObservableList<EndedSessionDto> history = FXCollections.observableArrayList();
    private final ObservableList<FailedSignIn> signIns = FXCollections.observableArrayList();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final BooleanProperty acting = new SimpleBooleanProperty(false);
    private final Map<Action, ReadOnlyStringWrapper> why = new java.util.EnumMap<>(Action.class);
    private final TaskRunner.Latest searches;
    private final TaskRunner.Latest sessionLoads;
    private final TaskRunner.Latest historyLoads;
    private final TaskRunner.Latest signInLoads;
    private final TaskRunner.Latest userLoads;

    /** @param callerIsAdmin whether the signed-in user is an administrator (only they act on administrators) */
    public HelpdeskViewModel(PeopleApi api, TaskRunner tasks, BooleanSupplier callerIsAdmin) {
        this.api = api;
        this.tasks = tasks;
        this.callerIsAdmin = callerIsAdmin;
        this.searches = tasks.latest("users");
        this.sessionLoads = tasks.latest("sessions");
        this.historyLoads = tasks.latest("history");
        this.signInLoads = tasks.latest("sign-ins");
        this.userLoads = tasks.latest("user");
        for (Action a : Action.values()) {
            why.put(a, new ReadOnlyStringWrapper(""));
        }
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                if (was != null) {
                    notice.set(Notice.NONE);   // a notice about the user selected before does not stay under another
                }
                refresh();
            }
        });
        for (Observable o : new Observable[] {selected, sessions, sessionLoads.running(), sessionLoads.error()}) {
            o.addListener(x -> rules());
        }
        rules();
    }

    /** Finds users; only the answer to the newest search is shown (a refusal empties the list and says so). */
    /** The text of the search now shown (search as you type skips a search for the same text). */
    public String searched() {
        return searched;
    }

    private String searched = "";

    public void search() {
        String q = th.ac.ums.model.validation.TextForm.normalize(query.get().trim());
        searched = q;
        searches.run(() -> api.find(PageQuery.first(q.isEmpty() ? Map.of() : Map.of("q", q), "email", 50)).data(),
                users::setAll, e -> users.clear());
    }

    /** The selected user's sessions, ended sessions and failed sign-ins (again). */
    public void refresh() {
        UserDto u = selected.get();
        sessions.clear();
        history.clear();
        signIns.clear();
        if (u == null) {
            sessionLoads.cancel();
            historyLoads.cancel();
            signInLoads.cancel();
            userLoads.cancel();
            return;
        }
        sessionLoads.run(() -> api.sessions(u.id()).data(), sessions::setAll, e -> sessions.clear());
        historyLoads.run(() -> api.history(u.id()).data(), history::setAll, e -> history.clear());
        signInLoads.run(() -> api.signIns(u.id()).data(), signIns::setAll, e -> signIns.clear());
    }

    /** Loads the selected user again (their row, lock and lists); without one, the search again. */
    public void reload() {
        UserDto u = selected.get();
        if (u == null) {
            search();
        } else {
            after(u);
        }
    }

    /**
     * Why {@code action} cannot be done for the selected user now (a message key), or "" when it can.
     * Acting on an administrator is for administrators; unlocking needs a lock, ending sessions a live
     * session, resetting two-factor sign-in a second factor that is on.
     */
    public String whyNot(Action action) {
        UserDto u = selected.get();
        if (u == null) {
            return "helpdesk.why.pick";
        }
        boolean guarded = action != Action.UNLOCK && u.roles().contains(Role.ADMIN) && !callerIsAdmin.getAsBoolean();
        if (guarded) {
            return "helpdesk.why.administrator";
        }
        return switch (action) {
            case UNLOCK -> u.lockedUntil() == null ? "helpdesk.why.notLocked" : "";
            case RESET_TWO_FACTOR -> u.twoFactorEnabled() ? "" : "helpdesk.why.twoFactorOff";
            case END_ALL -> sessionLoads.running().get() ? "helpdesk.why.loading"
                    : !sessionLoads.error().get().isEmpty() ? "helpdesk.why.sessionsFailed"
                    : sessions.isEmpty() ? "helpdesk.why.noSessions" : "";
            case END_ONE -> "";
        };
    }

    /** {@link #whyNot} as a property the view binds to (a message key; "" when the action applies). */
    public ReadOnlyStringProperty why(Action action) {
        return why.get(action).getReadOnlyProperty();
    }

    private void rules() {
        why.forEach((a, p) -> p.set(whyNot(a)));
    }

    public void unlock() {
        UserDto u = selected.get();
        if (u == null || !whyNot(Action.UNLOCK).isEmpty()) {
            return;
        }
        act(u, () -> {
            api.unlock(u.id());
            return 0;
        }, n -> Notice.of("helpdesk.done.unlocked", u.email()));
    }

    /** Ends every live session of the selected user; the result counts them. */
    public void endAll() {
        UserDto u = selected.get();
        if (u == null || !whyNot(Action.END_ALL).isEmpty()) {
            return;
        }
        act(u, () -> {
            int live = api.sessions(u.id()).data().size();
            api.revokeAll(u.id());
            return live;
        }, n -> Notice.of(counted("helpdesk.done.endedAll", n), u.email(), n));
    }

    public void endOne(SessionDto s) {
        UserDto u = selected.get();
        if (u == null || s == null || !whyNot(Action.END_ONE).isEmpty()) {
            return;
        }
        act(u, () -> {
            api.revoke(s.id());
            return 1;
        }, n -> Notice.of("helpdesk.done.ended", u.email(), s.ip()));
    }

    /** Resets the selected user's two-factor sign-in, which ends their sessions; the result counts them. */
    public void resetTwoFactor() {
        UserDto u = selected.get();
        if (u == null || !whyNot(Action.RESET_TWO_FACTOR).isEmpty()) {
            return;
        }
        act(u, () -> {
            int live = api.sessions(u.id()).data().size();
            api.resetTwoFactor(u.id());
            return live;
        }, n -> Notice.of(counted("helpdesk.done.twoFactorReset", n), u.email(), n));
    }

    /** "key.none", "key.one" or "key" (two or more). */
    static String counted(String key, int n) {
        return n == 0 ? key + ".none" : n == 1 ? key + ".one" : key;
    }

    private void act(UserDto u, Callable<Integer> call, java.util.function.IntFunction<Notice> done) {
        acting.set(true);
        notice.set(Notice.NONE);
        tasks.run(call, n -> {
            acting.set(false);
            notice.set(done.apply(n));
            after(u);
        }, e -> {
            acting.set(false);
            notice.set(e instanceof ApiException a && a.status() == 409
                    ? Notice.error("helpdesk.failed.conflict", u.email()) : Notice.failure(e));
            after(u);
        });
    }

    /** After an action: the user's row (lock, two-factor) and, when they are still selected, their lists again. */
    private void after(UserDto u) {
        userLoads.run(() -> api.find(PageQuery.first(Map.of("q", u.email()), "email", 10)).data().stream()
                .filter(x -> x.id() == u.id()).findFirst().orElse(null), this::replace, e -> { });
        if (selected.get() != null && selected.get().id() == u.id()) {
            refresh();
        }
    }

    private void replace(UserDto fresh) {
        if (fresh == null) {
            return;
        }
        boolean isSelected = selected.get() != null && selected.get().id() == fresh.id();
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).id() == fresh.id()) {
                users.set(i, fresh);
            }
        }
        if (isSelected) {
            selected.set(fresh);
        }
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

    public LoadStatus signInsLoading() {
        return signInLoads;
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

    public ObservableList<FailedSignIn> signIns() {
        return signIns;
    }

    /** The result of the last action, naming the person, or why it failed. */
    public ObjectProperty<Notice> notice() {
        return notice;
    }

    /** True while an action is in flight (its buttons wait). */
    public BooleanProperty acting() {
        return acting;
    }
}
