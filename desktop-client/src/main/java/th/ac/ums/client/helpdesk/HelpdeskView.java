package th.ac.ums.client.helpdesk;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.ac.ums.client.data.FailedSignIn;
import th.ac.ums.client.helpdesk.HelpdeskViewModel.Action;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.client.users.UserColumns;
import th.ac.ums.model.Dtos.EndedSessionDto;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Dtos.UserDto;

/**
 * Helpdesk: find a user (a table: e-mail, name, roles, two-factor, locked until, last sign-in,
 * disabled); for the selected user their lock, second factor and live sessions, each with its
 * action (disabled with the reason beside it when it does not apply), and their live sessions,
 * ended sessions and failed sign-ins as tables. Every action is confirmed naming the person.
 */
public final class HelpdeskView {
    /** The vocabulary of the reasons a sign-in failed ({@code enum.SignInReason.*}). */
    public static final String SIGN_IN_REASON = "SignInReason";

    private final HelpdeskViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    /** Confirms an action (the text names the person); tests may replace it to answer without a dialog. */
    private Function<String, Boolean> confirm = this::ask;
    private TextField search;
    private TableView<UserDto> users;
    private Parent root;

    public HelpdeskView(HelpdeskViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
    }

    public void confirmWith(Function<String, Boolean> answer) {
        this.confirm = answer;
    }

    public Page page() {
        return Page.of(root()).focus(search).keys(new Shortcut("Enter", "key.search"),
                new Shortcut("Ctrl+F", "key.findUser"), new Shortcut("F5", "key.refresh"));
    }

    public Parent root() {
        if (root != null) {
            return root;
        }
        search = new TextField();
        search.setId("helpdesk-search");
        search.promptTextProperty().bind(i18n.text("helpdesk.searchHint"));
        search.textProperty().bindBidirectional(vm.query());
        Runnable findNew = () -> {
            vm.notice().set(th.ac.ums.client.ui.Notice.NONE);   // new results: the last notice was about others
            vm.search();
        };
        search.setOnAction(e -> findNew.run());
        th.ac.ums.client.ui.AsYouType.install(search, vm::searched, findNew);
        HBox.setHgrow(search, Priority.ALWAYS);
        Button find = Form.button(i18n, "students.search", vm::search);
        find.setId("helpdesk-find");
        HBox bar = new HBox(8, search, find);
        bar.setAlignment(Pos.CENTER_LEFT);

        users = UserColumns.table(formats, vm.users());
        users.setId("helpdesk-users");
        // about eight people in view (a search finds several with the same first name)
        users.setPrefHeight(290);
        users.setMinHeight(200);
        users.setPlaceholder(Feedback.placeholder(i18n, vm.searching(), i18n.text("helpdesk.noUsers")));
        // the table and the ViewModel agree on the person by id: a row read again (after an action) or a
        // search that finds the same person again keeps them selected; the one person a search finds is selected
        users.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selected().set(now);
            } else if (row(vm.selected().get()) < 0) {
                vm.selected().set(null);
            }
        });
        vm.selected().addListener((o, was, now) -> {
            if (now != null && users.getSelectionModel().getSelectedItem() != now && row(now) >= 0) {
                users.getSelectionModel().select(row(now));
            }
        });
        vm.users().addListener((ListChangeListener<UserDto>) c -> {
            UserDto chosen = vm.selected().get();
            if (chosen != null && row(chosen) < 0) {
                vm.selected().set(null);
            }
            if (users.getSelectionModel().isEmpty()) {
                if (vm.selected().get() != null) {
                    users.getSelectionModel().select(row(vm.selected().get()));
                } else if (vm.users().size() == 1) {
                    users.getSelectionModel().select(0);
                }
            }
        });

        TabPane tabs = new TabPane(
                tab("helpdesk-tab-sessions", i18n.text("helpdesk.sessions"), Bindings.size(vm.sessions()), sessions()),
                tab("helpdesk-tab-history", i18n.text("helpdesk.history"), Bindings.size(vm.history()), history()),
                tab("helpdesk-tab-sign-ins", i18n.text("helpdesk.signIns"), Bindings.size(vm.signIns()), signIns()));
        tabs.setId("helpdesk-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinHeight(180);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox box = new VBox(8, bar, users, person(), tabs);
        box.setPadding(new Insets(8));
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        root = box;
        return box;
    }

    private Tab tab(String id, ObservableValue<String> title, javafx.beans.binding.IntegerExpression count, Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(Bindings.createStringBinding(() -> vm.selected().get() == null ? title.getValue()
                : i18n.get("helpdesk.tabCount", title.getValue(), formats.number(count.get())), title, count,
                vm.selected(), i18n.locale()));
        t.setContent(content);
        return t;
    }

    /** The selected person: their name, then a row per state (lock, two-factor, sessions) with its action. */
    private Parent person() {
        Label title = new Label();
        title.setId("helpdesk-person");
        title.getStyleClass().add("record-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            UserDto u = vm.selected().get();
            return u == null ? "" : i18n.get("helpdesk.person", u.displayName(), u.email(), formats.roles(u.roles()));
        }, vm.selected(), i18n.locale()));
        Label pick = Form.wrapping(i18n.text("helpdesk.pickUser"));
        pick.getStyleClass().add("placeholder-text");
        pick.visibleProperty().bind(vm.selected().isNull());
        pick.managedProperty().bind(pick.visibleProperty());
        title.visibleProperty().bind(vm.selected().isNotNull());
        title.managedProperty().bind(title.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints what = new ColumnConstraints();
        what.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints state = new ColumnConstraints();
        state.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints action = new ColumnConstraints();
        action.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints why = new ColumnConstraints();
        why.setHgrow(Priority.ALWAYS);
        why.setMinWidth(120);
        grid.getColumnConstraints().setAll(what, state, action, why);
        row(grid, 0, "helpdesk.signIn", "helpdesk-lock", Bindings.createStringBinding(() -> {
            UserDto u = vm.selected().get();
            return u == null ? "" : u.lockedUntil() == null ? i18n.get("helpdesk.notLocked")
                    : i18n.get("helpdesk.lockedUntil", formats.timestamp(u.lockedUntil()));
        }, vm.selected(), i18n.locale(), formats.zone()), button("helpdesk.unlock", "unlock", Action.UNLOCK,
                this::unlock));
        row(grid, 1, "helpdesk.twoFactor", "helpdesk-2fa", Bindings.createStringBinding(() -> {
            UserDto u = vm.selected().get();
            return u == null ? "" : i18n.get(u.twoFactorEnabled() ? "helpdesk.twoFactorOn" : "helpdesk.twoFactorOff");
        }, vm.selected(), i18n.locale()), button("helpdesk.reset2fa", "reset-2fa", Action.RESET_TWO_FACTOR,
                this::resetTwoFactor));
        row(grid, 2, "helpdesk.liveSessions", "helpdesk-live", Bindings.createStringBinding(() ->
                vm.sessionsLoading().running().get() ? i18n.get("list.loading")
                        : i18n.get("helpdesk.liveCount", formats.number(vm.sessions().size())),
                vm.sessions(), vm.sessionsLoading().running(), i18n.locale()),
                button("helpdesk.revokeAll", "revoke-all", Action.END_ALL, this::endAll));
        Node lock = grid.lookup("#helpdesk-lock");
        Runnable danger = () -> {
            lock.getStyleClass().remove("form-error");
            if (vm.selected().get() != null && vm.selected().get().lockedUntil() != null) {
                lock.getStyleClass().add("form-error");
            }
        };
        vm.selected().addListener((o, was, now) -> danger.run());
        grid.visibleProperty().bind(vm.selected().isNotNull());
        grid.managedProperty().bind(grid.visibleProperty());

        Label result = Form.wrapping(Notice.text(formats, vm.notice()));
        result.setId("helpdesk-message");
        vm.notice().addListener((o, was, now) -> {
            result.getStyleClass().remove("form-error");
            if (now != null && now.error()) {
                result.getStyleClass().add("form-error");
            }
        });
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox notice = new HBox(8, Feedback.small(vm.acting()), result);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.visibleProperty().bind(vm.acting().or(result.textProperty().isNotEmpty()));
        notice.managedProperty().bind(notice.visibleProperty());
        VBox box = new VBox(6, title, pick, grid, notice);
        box.setPadding(new Insets(4, 0, 4, 0));
        return box;
    }

    private void row(GridPane grid, int r, String whatKey, String stateId, ObservableValue<String> state,
                     Button action) {
        Label what = new Label();
        what.textProperty().bind(i18n.text(whatKey));
        what.setMinWidth(Region.USE_PREF_SIZE);
        what.setStyle("-fx-font-weight: bold;");
        Label value = new Label();
        value.setId(stateId);
        value.textProperty().bind(state);
        value.setMinWidth(Region.USE_PREF_SIZE);
        Action a = (Action) action.getUserData();
        Label why = Form.wrapping(i18n.message(vm.why(a)));
        why.setId(action.getId() + "-why");
        why.getStyleClass().add("placeholder-text");
        for (Node n : new Node[] {what, value, action, why}) {
            GridPane.setValignment(n, VPos.CENTER);
        }
        grid.addRow(r, what, value, action, why);
    }

    private Button button(String key, String id, Action a, Runnable run) {
        Button b = Form.button(i18n, key, run);
        b.setId(id);
        b.setUserData(a);
        b.disableProperty().bind(disabled(a));
        return b;
    }

    private BooleanBinding disabled(Action a) {
        return online.not().or(vm.acting()).or(vm.why(a).isNotEmpty());
    }

    private void unlock() {
        UserDto u = vm.selected().get();
        if (u != null && confirmed(Notice.of("helpdesk.confirm.unlock", u.displayName(), u.email(),
                u.lockedUntil()))) {
            vm.unlock();
        }
    }

    private void endAll() {
        UserDto u = vm.selected().get();
        int n = vm.sessions().size();
        if (u != null && confirmed(Notice.of(n == 1 ? "helpdesk.confirm.endAll.one" : "helpdesk.confirm.endAll",
                u.displayName(), u.email(), n))) {
            vm.endAll();
        }
    }

    private void endOne(SessionDto s) {
        UserDto u = vm.selected().get();
        if (u != null && confirmed(Notice.of("helpdesk.confirm.endOne", u.displayName(), u.email(), s.ip(),
                s.client() == null ? UserColumns.NONE : s.client(), s.lastSeenAt()))) {
            vm.endOne(s);
        }
    }

    private void resetTwoFactor() {
        UserDto u = vm.selected().get();
        if (u != null && confirmed(Notice.of("helpdesk.confirm.reset2fa", u.displayName(), u.email()))) {
            vm.resetTwoFactor();
        }
    }

    private boolean confirmed(Notice question) {
        return confirm.apply(question.text(formats));
    }

    private TableView<SessionDto> sessions() {
        TableView<SessionDto> t = new TableView<>(vm.sessions());
        t.setId("helpdesk-sessions");
        TableColumn<SessionDto, SessionDto> end = new TableColumn<>();
        end.textProperty().bind(i18n.text("helpdesk.actionColumn"));   // no blank header
        end.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        end.setCellFactory(c -> new TableCell<>() {
            private final Button b = Form.button(i18n, "helpdesk.revoke", () -> endOne(getItem()));

            {
                b.getStyleClass().add("revoke-one");
                b.disableProperty().bind(disabled(Action.END_ONE));
            }

            @Override
            protected void updateItem(SessionDto s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null : b);
            }
        });
        end.setMinWidth(Region.USE_PREF_SIZE);
        end.setPrefWidth(150);
        end.setSortable(false);
        t.getColumns().add(end);
        t.getColumns().add(Columns.text(i18n.text("helpdesk.ip"), 110, SessionDto::ip));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.started"), 150, SessionDto::createdAt));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.lastSeen"), 150, SessionDto::lastSeenAt));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.expires"), 150, SessionDto::expiresAt));
        // the console's version apart from the rest of its User-Agent: which desks still run an old console
        t.getColumns().add(Columns.text(i18n.text("helpdesk.consoleVersion"), 90,
                s -> s.consoleVersion() == null ? "—" : s.consoleVersion()));
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("helpdesk.client"), 150, SessionDto::client)));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.sessionsLoading(), emptyOr("helpdesk.noSessions")));
        return t;
    }

    private TableView<EndedSessionDto> history() {
        TableView<EndedSessionDto> t = new TableView<>(vm.history());
        t.setId("helpdesk-history");
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.ended"), 150, EndedSessionDto::endedAt));
        t.getColumns().add(Columns.word(formats, Formats.END_REASON, i18n.text("helpdesk.reason"), 190,
                EndedSessionDto::reason));
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("helpdesk.endedBy"), 180,
                s -> s.endedByEmail() == null ? UserColumns.NONE : s.endedByEmail())));
        t.getColumns().add(Columns.text(i18n.text("helpdesk.ip"), 110, EndedSessionDto::ip));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.started"), 150, EndedSessionDto::createdAt));
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("helpdesk.client"), 150, EndedSessionDto::client)));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.historyLoading(), emptyOr("helpdesk.noHistory")));
        return t;
    }

    private TableView<FailedSignIn> signIns() {
        TableView<FailedSignIn> t = new TableView<>(vm.signIns());
        t.setId("helpdesk-sign-ins");
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.when"), 150, FailedSignIn::at));
        t.getColumns().add(Columns.word(formats, SIGN_IN_REASON, i18n.text("helpdesk.reason"), 220,
                FailedSignIn::reason));
        t.getColumns().add(Columns.text(i18n.text("helpdesk.ip"), 110, FailedSignIn::ip));
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("helpdesk.client"), 150,
                s -> s.client() == null ? UserColumns.NONE : s.client())));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.signInsLoading(), emptyOr("helpdesk.noSignIns")));
        return t;
    }

    /** The sentence of an empty table: pick a user first, or that this user has none. */
    private ObservableValue<String> emptyOr(String key) {
        return Bindings.createStringBinding(() -> i18n.get(vm.selected().get() == null ? "helpdesk.pickUser" : key),
                vm.selected(), i18n.locale());
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.F) {
            search.requestFocus();
            search.selectAll();
            e.consume();
        } else if (e.getCode() == KeyCode.F5) {
            vm.reload();
            e.consume();
        }
    }

    /** The row of the user with this one's id, or -1. */
    private int row(UserDto u) {
        if (u == null) {
            return -1;
        }
        for (int i = 0; i < vm.users().size(); i++) {
            if (vm.users().get(i).id() == u.id()) {
                return i;
            }
        }
        return -1;
    }

    /** The users table (tests select in it). */
    public TableView<UserDto> users() {
        return users;
    }

    private boolean ask(String text) {
        return Dialogs.confirm(root.getScene().getWindow(), i18n, text);
    }
}
