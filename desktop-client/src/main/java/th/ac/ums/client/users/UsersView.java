package th.ac.ums.client.users;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

/** Users admin: search, set roles, disable or enable the selected user. */
public final class UsersView {
    private final UsersViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private TextField search;

    public UsersView(UsersViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
    }

    public Page page() {
        return Page.of(root()).focus(search);
    }

    public Parent root() {
        TableView<UserDto> table = new TableView<>(vm.users());
        table.setId("users-table");
        table.getColumns().add(Columns.text(i18n.text("student.email"), 240, UserDto::email));
        table.getColumns().add(Columns.text(i18n.text("users.name"), 200, UserDto::displayName));
        table.getColumns().add(Columns.text(i18n.text("users.roles"), 220, u -> formats.roles(u.roles())));
        table.getColumns().add(Columns.text(i18n.text("users.state"), 100,
                u -> i18n.get(u.disabled() ? "users.disabledFlag" : "users.active")));
        table.getColumns().add(Columns.text(i18n.text("users.twoFactor"), 60, u -> u.twoFactorEnabled() ? "✔" : ""));
        Columns.follow(table, formats);
        Columns.fit(table, formats);
        table.setPlaceholder(Feedback.placeholder(i18n, vm.searching(), i18n.text("users.empty")));
        search = new TextField();
        search.setId("users-search");
        search.setPrefColumnCount(20);
        search.promptTextProperty().bind(i18n.text("helpdesk.searchHint"));
        search.textProperty().bindBidirectional(vm.query());
        search.setOnAction(e -> vm.search());
        List<CheckBox> roles = new ArrayList<>();
        for (Role r : List.of(Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK)) {
            CheckBox c = new CheckBox();
            c.setUserData(r);
            c.setId("role-" + r.name().toLowerCase());
            c.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> formats.word(r),
                    i18n.locale()));
            c.setMinWidth(Region.USE_PREF_SIZE);
            roles.add(c);
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, was, u) -> roles.forEach(c ->
                c.setSelected(u != null && u.roles().contains((Role) c.getUserData()))));
        Button saveRoles = Form.button(i18n, "users.saveRoles", () -> {
            UserDto u = table.getSelectionModel().getSelectedItem();
            List<Role> chosen = roles.stream().filter(CheckBox::isSelected).map(c -> (Role) c.getUserData()).toList();
            if (u != null && !chosen.isEmpty()) {
                vm.setRoles(u, chosen);
            }
        });
        Button disable = Form.button(i18n, "users.toggleDisabled", () -> {
            UserDto u = table.getSelectionModel().getSelectedItem();
            if (u != null) {
                vm.setDisabled(u, !u.disabled());
            }
        });
        for (Button b : List.of(saveRoles, disable)) {
            b.disableProperty().bind(online.not().or(table.getSelectionModel().selectedItemProperty().isNull()));
        }
        FlowPane bar = new FlowPane(10, 8);
        bar.getChildren().add(search);
        bar.getChildren().addAll(roles);
        bar.getChildren().addAll(saveRoles, disable);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        Label message = Form.message(i18n, vm.message());
        message.setId("users-message");
        VBox bottom = new VBox(message);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setBottom(bottom);
        return root;
    }
}
