package th.ac.ums.client.users;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.model.Dtos.UserDto;
import th.ac.ums.model.Role;

/**
 * "New user" (ADMIN): e-mail, display name, roles as check boxes in words, and the first password
 * with the policy under it. Create checks the form and sends it; the dialog stays open with each
 * refusal under its field until the server has created the user. Enter creates, Esc cancels.
 */
public final class NewUserDialog {
    private final NewUserViewModel vm;
    private final Formats formats;
    private final I18n i18n;

    public NewUserDialog(NewUserViewModel vm, Formats formats) {
        this.vm = vm;
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    /** Shows the dialog (modal to {@code owner}) until a user is created (then that user) or it is cancelled. */
    public Optional<UserDto> show(Window owner) {
        vm.clear();
        Dialog<UserDto> d = new Dialog<>();
        d.setTitle(i18n.get("users.new.title"));
        d.setHeaderText(null);
        ButtonType create = new ButtonType(i18n.get("users.new.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(create, cancel);
        d.getDialogPane().setId("new-user-dialog");

        Form f = new Form(i18n, vm.fieldErrors());
        TextField email = f.text("users.new.email", vm.email(), "email");
        email.setPromptText("somchai.j@ums.ac.th");
        f.text("users.new.displayName", vm.displayName(), "displayName");
        HBox roles = new HBox(14);
        for (Role r : NewUserViewModel.ROLES) {
            CheckBox c = new CheckBox();
            c.setId("new-role-" + r.name().toLowerCase());
            c.setText(formats.word(r));
            c.setMinWidth(Region.USE_PREF_SIZE);
            c.selectedProperty().bindBidirectional(vm.role(r));
            roles.getChildren().add(c);
        }
        f.field("users.new.roles", roles, "roles");
        f.password("users.new.password", vm.password(), "password");
        Label policy = f.line(Form.wrapping(i18n.text("users.new.policy")));
        policy.setId("password-policy");
        policy.getStyleClass().add("placeholder-text");
        GridPane.setColumnIndex(policy, 1);
        GridPane.setColumnSpan(policy, 1);
        Label notice = f.message(Notice.text(formats, vm.notice()));
        notice.setId("new-user-message");
        notice.getStyleClass().add("form-error");
        f.line(Feedback.small(vm.saving()));
        f.root().setPrefWidth(600);
        d.getDialogPane().setContent(f.root());

        Button ok = (Button) d.getDialogPane().lookupButton(create);
        ok.setId("create-user");
        ok.disableProperty().bind(vm.saving());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.create(u -> {
                d.setResult(u);
                d.close();
            });
        });
        d.setResultConverter(b -> null);
        // the window grows with the messages that appear under the fields (buttons stay in it)
        Runnable fit = () -> javafx.application.Platform.runLater(() -> {
            if (d.getDialogPane().getScene() != null && d.isShowing()) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        vm.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c -> fit.run());
        vm.notice().addListener((o, was, now) -> fit.run());
        Dialogs.prepare(d, owner);
        // after the dialog has put the focus on its default button
        d.setOnShown(e -> javafx.application.Platform.runLater(email::requestFocus));
        return d.showAndWait();
    }
}
