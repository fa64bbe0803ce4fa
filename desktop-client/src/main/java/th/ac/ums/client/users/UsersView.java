package th.ac.ums.client.users;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.client.ui.Page;
import th.ac.ums.client.ui.Shortcut;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

/** Users admin: a table of staff accounts; create one (Ctrl+N), set roles, disable or enable the selected user. */
public final class UsersView {
    private final UsersViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private TextField search;
    private TableView<UserDto> table;
    private Parent root;

    public UsersView(UsersViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
    }

    public Page page() {
        return Page.of(root()).focus(search).keys(new Shortcut("Enter", "key.search"),
                new Shortcut("Ctrl+N", "key.newUser"));
    }

    public Parent root() {
        if (root != null) {
            return root;
        }
        table = UserColumns.table(formats, vm.users());
        table.setId("users-table");
        table.setPlaceholder(Feedback.placeholder(i18n, vm.searching(), i18n.text("users.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, u) -> vm.selected().set(u));
        vm.selected().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        search = new TextField();
        search.setId("users-search");
        search.setPrefColumnCount(20);
        search.promptTextProperty().bind(i18n.text("helpdesk.searchHint"));
        search.textProperty().bindBidirectional(vm.query());
        search.setOnAction(e -> vm.search());
        th.ac.ums.client.ui.AsYouType.install(search, vm::searched, vm::search);
        Button create = Form.button(i18n, "users.new", this::newUser);
        create.setId("new-user");
        create.disableProperty().bind(online.not());
        List<CheckBox> roles = new ArrayList<>();
        for (Role r : NewUserViewModel.ROLES) {
            CheckBox c = new CheckBox();
            c.setUserData(r);
            c.setId("role-" + r.name().toLowerCase());
            c.textProperty().bind(Bindings.createStringBinding(() -> formats.word(r), i18n.locale()));
            c.setMinWidth(Region.USE_PREF_SIZE);
            roles.add(c);
        }
        vm.selected().addListener((o, was, u) -> roles.forEach(c ->
                c.setSelected(u != null && u.roles().contains((Role) c.getUserData()))));
        Button saveRoles = Form.button(i18n, "users.saveRoles", () -> {
            UserDto u = vm.selected().get();
            List<Role> chosen = roles.stream().filter(CheckBox::isSelected).map(c -> (Role) c.getUserData()).toList();
            if (u != null && !chosen.isEmpty()) {
                vm.setRoles(u, chosen);
            }
        });
        Button disable = Form.button(i18n, "users.toggleDisabled", () -> {
            UserDto u = vm.selected().get();
            if (u != null) {
                vm.setDisabled(u, !u.disabled());
            }
        });
        for (Button b : List.of(saveRoles, disable)) {
            b.disableProperty().bind(online.not().or(vm.selected().isNull()));
        }
        FlowPane bar = new FlowPane(10, 8);
        bar.getChildren().addAll(search, create);
        bar.getChildren().addAll(roles);
        bar.getChildren().addAll(saveRoles, disable);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label message = Form.wrapping(Notice.text(formats, vm.notice()));
        message.setId("users-message");
        vm.notice().addListener((o, was, now) -> {
            message.getStyleClass().remove("form-error");
            if (now != null && now.error()) {
                message.getStyleClass().add("form-error");
            }
        });
        VBox bottom = new VBox(message);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        BorderPane box = new BorderPane(table);
        box.setTop(bar);
        box.setBottom(bottom);
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.N && !create.isDisabled()) {
                e.consume();
                javafx.application.Platform.runLater(this::newUser);
            }
        });
        root = box;
        return box;
    }

    /** Opens the "new user" dialog; a user created there joins the table, selected, and is named below it. */
    public void newUser() {
        new NewUserDialog(vm.newUser(), formats).show(root.getScene().getWindow()).ifPresent(vm::created);
    }

    public TableView<UserDto> table() {
        return table;
    }
}
