package th.ac.ums.client.helpdesk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.EndedSessionDto;
import th.ac.ums.model.Dtos.SessionDto;
import th.ac.ums.model.Dtos.UserDto;

/** Helpdesk: find a user; their sessions with revoke one / all; history; unlock; reset 2FA. */
public final class HelpdeskView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private final HelpdeskViewModel vm;
    private final I18n i18n;
    private final BooleanProperty online;
    /** Confirms a destructive action; tests replace it to answer without a dialog. */
    private Function<String, Boolean> confirm = this::ask;

    public HelpdeskView(HelpdeskViewModel vm, I18n i18n, BooleanProperty online) {
        this.vm = vm;
        this.i18n = i18n;
        this.online = online;
    }

    public void confirmWith(Function<String, Boolean> answer) {
        this.confirm = answer;
    }

    public Parent root() {
        TextField q = new TextField();
        q.setId("helpdesk-search");
        q.promptTextProperty().bind(i18n.text("helpdesk.searchHint"));
        q.textProperty().bindBidirectional(vm.query());
        q.setOnAction(e -> vm.search());
        ListView<UserDto> users = new ListView<>(vm.users());
        users.setId("helpdesk-users");
        users.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(UserDto u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : u.email() + " — " + u.displayName() + " " + u.roles()
                        + (u.disabled() ? " · " + i18n.get("users.disabledFlag") : ""));
            }
        });
        users.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selected().set(now));
        VBox left = new VBox(8, q, users);
        left.setPrefWidth(360);
        Label message = new Label();
        message.setId("helpdesk-message");
        message.textProperty().bind(i18n.message(vm.message()));
        VBox right = new VBox(8, actions(), titled("helpdesk.sessions", sessions()),
                titled("helpdesk.history", history()), message);
        BorderPane root = new BorderPane(right);
        root.setLeft(left);
        BorderPane.setMargin(left, new Insets(8));
        BorderPane.setMargin(right, new Insets(8));
        return root;
    }

    private Parent actions() {
        Button all = button("helpdesk.revokeAll", "revoke-all", () -> vm.revokeAll());
        Button unlock = button("helpdesk.unlock", "unlock", () -> vm.unlock());
        Button reset = button("helpdesk.reset2fa", "reset-2fa", () -> vm.resetTwoFactor());
        for (Button b : new Button[] {all, unlock, reset}) {
            b.disableProperty().bind(vm.selected().isNull().or(online.not()));
        }
        return new HBox(8, all, unlock, reset);
    }

    private TableView<SessionDto> sessions() {
        TableView<SessionDto> t = new TableView<>(vm.sessions());
        t.setId("helpdesk-sessions");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPrefHeight(200);
        TableColumn<SessionDto, SessionDto> revoke = new TableColumn<>();
        revoke.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        revoke.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final Button b = new Button();

            {
                b.textProperty().bind(i18n.text("helpdesk.revoke"));
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
        t.getColumns().add(revoke);
        t.getColumns().add(col("helpdesk.ip", SessionDto::ip));
        t.getColumns().add(col("helpdesk.client", SessionDto::client));
        t.getColumns().add(col("helpdesk.started", s -> time(s.createdAt())));
        t.getColumns().add(col("helpdesk.lastSeen", s -> time(s.lastSeenAt())));
        t.getColumns().add(col("helpdesk.expires", s -> time(s.expiresAt())));
        return t;
    }

    private TableView<EndedSessionDto> history() {
        TableView<EndedSessionDto> t = new TableView<>(vm.history());
        t.setPrefHeight(180);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(col("helpdesk.ended", s -> time(s.endedAt())));
        t.getColumns().add(col("helpdesk.reason", EndedSessionDto::reason));
        t.getColumns().add(col("helpdesk.endedBy", s -> s.endedByEmail() == null ? "" : s.endedByEmail()));
        t.getColumns().add(col("helpdesk.ip", EndedSessionDto::ip));
        t.getColumns().add(col("helpdesk.client", EndedSessionDto::client));
        return t;
    }

    private Button button(String key, String id, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> {
            var u = vm.selected().get();
            if (u != null && confirm.apply(i18n.get(key + ".confirm", u.email()))) {
                action.run();
            }
        });
        return b;
    }

    private boolean ask(String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(null);
        return a.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private <T> TableColumn<T, String> col(String key, Function<T, String> f) {
        return Columns.text(i18n.text(key), 130, f);
    }

    private TitledPane titled(String key, Parent content) {
        TitledPane t = new TitledPane("", content);
        t.textProperty().bind(i18n.text(key));
        t.setCollapsible(false);
        return t;
    }

    private static String time(Instant i) {
        return i == null ? "" : TIME.format(i);
    }
}
