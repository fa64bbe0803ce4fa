package th.ac.ums.client.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Keys;

/** The sign-in card: server, e-mail, password; then the two-factor code step. Enter signs in. */
public final class LoginView {
    private final LoginViewModel vm;
    private final I18n i18n;
    private Parent root;
    private TextField email;
    private PasswordField password;
    private TextField code;

    public LoginView(LoginViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Parent root() {
        if (root == null) {
            root = build();
        }
        return root;
    }

    /** Focus on the first field to fill: the code on the second step, else e-mail, or password when the e-mail is known. */
    public void focusFirst() {
        Keys.focusSoon(vm.secondStep().get() ? code : vm.email().get().isBlank() ? email : password);
    }

    private Parent build() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.getStyleClass().add("login-title");
        Label error = Form.message(i18n, vm.error());
        error.setId("login-error");
        error.getStyleClass().add("form-error");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busy());
        busy.managedProperty().bind(vm.busy());
        VBox card = new VBox(12, title, credentials(), code(), error, busy);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28));
        card.setPrefWidth(480);
        card.setMaxWidth(520);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane box = new StackPane(card);
        box.getStyleClass().add("login-root");
        StackPane.setAlignment(card, Pos.CENTER);
        return box;
    }

    private Parent credentials() {
        Form f = new Form(i18n, null);
        f.text("login.server", vm.server(), "server");
        email = f.text("login.email", vm.email(), "email");
        password = f.password("login.password", vm.password(), "password");
        Button signIn = Form.button(i18n, "login.signIn", vm::signIn);
        signIn.setId("sign-in");
        signIn.disableProperty().bind(vm.busy());
        f.actions(signIn);
        email.setOnAction(e -> password.requestFocus());
        Parent g = f.root();
        g.visibleProperty().bind(vm.secondStep().not());
        g.managedProperty().bind(g.visibleProperty());
        return g;
    }

    private Parent code() {
        Form f = new Form(i18n, null);
        f.line(Form.wrapping(i18n.text("login.codeHint")));
        code = f.text("login.code", vm.code(), "code");
        code.setPromptText("123456");
        Button verify = Form.button(i18n, "login.verify", vm::submitCode);
        verify.setId("verify");
        verify.disableProperty().bind(vm.busy());
        Hyperlink back = new Hyperlink();
        back.textProperty().bind(i18n.text("login.back"));
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> vm.cancelCode());
        f.actions(verify, back);
        Parent g = f.root();
        g.visibleProperty().bind(vm.secondStep());
        g.managedProperty().bind(g.visibleProperty());
        vm.secondStep().addListener((o, was, now) -> {
            if (now) {
                Keys.focusSoon(code);
            }
        });
        return g;
    }
}
