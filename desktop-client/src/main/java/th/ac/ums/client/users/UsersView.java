package th.ac.ums.client.users;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

/** Users admin: search, set roles, disable or enable the selected user. */
public final class UsersView {
    private final UsersViewModel vm;
    private final I18n i18n;
    private final BooleanProperty online;

    public UsersView(UsersViewModel vm, I18n i18n, BooleanProperty online) {
        this.vm = vm;
        this.i18n = i18n;
        this.online = online;
    }

    public Parent root() {
        TableView<UserDto> table = new TableView<>(vm.users());
        table.setId("users-table");
        table.getColumns().add(col("student.email", UserDto::email, 240));
        table.getColumns().add(col("users.name", UserDto::displayName, 200));
        table.getColumns().add(col("users.roles", u -> u.roles().toString(), 200));
        table.getColumns().add(col("users.state", u -> i18n.get(u.disabled() ? "users.disabledFlag" : "users.active"),
                100));
        table.getColumns().add(col("users.twoFactor", u -> u.twoFactorEnabled() ? "✔" : "", 60));
        TextField q = new TextField();
        q.promptTextProperty().bind(i18n.text("helpdesk.searchHint"));
        q.textProperty().bindBidirectional(vm.query());
        q.setOnAction(e -> vm.search());
        List<CheckBox> roles = new ArrayList<>();
        for (Role r : List.of(Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK)) {
            roles.add(new CheckBox(r.name()));
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, was, u) -> roles.forEach(c ->
                c.setSelected(u != null && u.roles().contains(Role.valueOf(c.getText())))));
        Button saveRoles = new Button();
        saveRoles.textProperty().bind(i18n.text("users.saveRoles"));
        saveRoles.setOnAction(e -> {
            UserDto u = table.getSelectionModel().getSelectedItem();
            List<Role> chosen = roles.stream().filter(CheckBox::isSelected).map(c -> Role.valueOf(c.getText())).toList();
            if (u != null && !chosen.isEmpty()) {
                vm.setRoles(u, chosen);
            }
        });
        Button disable = new Button();
        disable.textProperty().bind(i18n.text("users.toggleDisabled"));
        disable.setOnAction(e -> {
            UserDto u = table.getSelectionModel().getSelectedItem();
            if (u != null) {
                vm.setDisabled(u, !u.disabled());
            }
        });
        for (Button b : List.of(saveRoles, disable)) {
            b.disableProperty().bind(online.not().or(table.getSelectionModel().selectedItemProperty().isNull()));
        }
        HBox bar = new HBox(8, q);
        bar.getChildren().addAll(roles);
        bar.getChildren().addAll(saveRoles, disable);
        bar.setPadding(new Insets(8));
        Label message = new Label();
        message.textProperty().bind(i18n.message(vm.message()));
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        root.setBottom(message);
        return root;
    }

    private TableColumn<UserDto, String> col(String key, Function<UserDto, String> f, double width) {
        return Columns.text(i18n.text(key), width, f);
    }
}
