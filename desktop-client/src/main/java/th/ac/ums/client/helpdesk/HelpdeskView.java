package th.ac.ums.client.helpdesk;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Cells;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.model.Dtos.EndedSessionDto;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Dtos.UserDto;

/** Helpdesk: find a user; their sessions with revoke one / all; history; unlock; reset 2FA. */
public final class HelpdeskView {
    private final HelpdeskViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    /** Confirms a destructive action; tests replace it to answer without a dialog. */
    private Function<String, Boolean> confirm = this::ask;
    private TextField search;
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
        return Page.of(root()).focus(search);
    }

    public Parent root() {
        if (root != null) {
            return root;
        }
        search = new TextField();
        search.setId("helpdesk-search");
        search.promptTextProperty().bind(i18n.text("helpdesk.searchHint"));
        search.textProperty().bindBidirectional(vm.query());
        search.setOnAction(e -> vm.search());
        ListView<UserDto> users = new ListView<>(vm.users());
        users.setId("helpdesk-users");
        users.setCellFactory(Cells.list(u -> u.email() + " — " + u.displayName() + " · " + formats.roles(u.roles())
                + (u.disabled() ? " · " + i18n.get("users.disabledFlag") : "")));
        i18n.locale().addListener((o, a, b) -> users.refresh());
        users.setPlaceholder(Feedback.placeholder(i18n, vm.searching(), i18n.text("helpdesk.noUsers")));
        users.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selected().set(now));
        VBox.setVgrow(users, Priority.ALWAYS);
        VBox left = new VBox(8, search, users);
        left.setPrefWidth(380);
        Label message = Form.message(i18n, vm.message());
        message.setId("helpdesk-message");
        VBox right = new VBox(8, actions(), Form.section(i18n.text("helpdesk.sessions"), sessions()),
                Form.section(i18n.text("helpdesk.history"), history()), message);
        BorderPane box = new BorderPane(right);
        box.setLeft(left);
        BorderPane.setMargin(left, new Insets(8));
        BorderPane.setMargin(right, new Insets(8));
        root = box;
        return box;
    }

    private Parent actions() {
        Button all = button("helpdesk.revokeAll", "revoke-all", vm::revokeAll);
        Button unlock = button("helpdesk.unlock", "unlock", vm::unlock);
        Button reset = button("helpdesk.reset2fa", "reset-2fa", vm::resetTwoFactor);
        for (Button b : new Button[] {all, unlock, reset}) {
            b.disableProperty().bind(vm.selected().isNull().or(online.not()));
        }
        FlowPane bar = new FlowPane(8, 8, all, unlock, reset);
        return bar;
    }

    private TableView<SessionDto> sessions() {
        TableView<SessionDto> t = new TableView<>(vm.sessions());
        t.setId("helpdesk-sessions");
        t.setPrefHeight(200);
        TableColumn<SessionDto, SessionDto> revoke = new TableColumn<>();
        revoke.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        revoke.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Button b = Form.button(i18n, "helpdesk.revoke", () -> { });

            {
                b.getStyleClass().add("revoke-one");
                b.disableProperty().bind(online.not());
            }

            @Override
            protected void updateItem(SessionDto s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null : b);
                b.setOnAction(e -> {
                    if (confirm.apply(i18n.get("helpdesk.confirmRevoke", s.ip(), s.client()))) {
                        vm.revoke(s);
                    }
                });
            }
        });
        revoke.setPrefWidth(100);
        t.getColumns().add(revoke);
        t.getColumns().add(Columns.text(i18n.text("helpdesk.ip"), 110, SessionDto::ip));
        t.getColumns().add(Columns.text(i18n.text("helpdesk.client"), 150, SessionDto::client));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.started"), 150, SessionDto::createdAt));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.lastSeen"), 150, SessionDto::lastSeenAt));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.expires"), 150, SessionDto::expiresAt));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.sessionsLoading(), Bindings.createStringBinding(() ->
                i18n.get(vm.selected().get() == null ? "helpdesk.pickUser" : "helpdesk.noSessions"),
                vm.selected(), i18n.locale())));
        return t;
    }

    private TableView<EndedSessionDto> history() {
        TableView<EndedSessionDto> t = new TableView<>(vm.history());
        t.setId("helpdesk-history");
        t.setPrefHeight(180);
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.ended"), 150, EndedSessionDto::endedAt));
        t.getColumns().add(Columns.word(formats, Formats.END_REASON, i18n.text("helpdesk.reason"), 190,
                EndedSessionDto::reason));
        t.getColumns().add(Columns.text(i18n.text("helpdesk.endedBy"), 180,
                s -> s.endedByEmail() == null ? "" : s.endedByEmail()));
        t.getColumns().add(Columns.text(i18n.text("helpdesk.ip"), 110, EndedSessionDto::ip));
        t.getColumns().add(Columns.text(i18n.text("helpdesk.client"), 150, EndedSessionDto::client));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.historyLoading(), Bindings.createStringBinding(() ->
                i18n.get(vm.selected().get() == null ? "helpdesk.pickUser" : "helpdesk.noHistory"),
                vm.selected(), i18n.locale())));
        return t;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = Form.button(i18n, key, () -> {
            var u = vm.selected().get();
            if (u != null && confirm.apply(i18n.get(key + ".confirm", u.email()))) {
                action.run();
            }
        });
        b.setId(id);
        return b;
    }

    private boolean ask(String text) {
        return Dialogs.confirm(root.getScene().getWindow(), i18n, text);
    }

}
