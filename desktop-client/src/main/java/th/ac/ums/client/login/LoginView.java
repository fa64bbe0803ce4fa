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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Forms;
import th.ac.ums.client.ui.I18n;

/** The sign-in card: server, e-mail, password; then the two-factor code step. */
public final class LoginView {
    private final LoginViewModel vm;
    private final I18n i18n;

    public LoginView(LoginViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Parent root() {
        Label title = new Label();
        title.textProperty().bind(i18n.text("app.title"));
        title.getStyleClass().add("login-title");
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("form-error");
        error.textProperty().bind(i18n.message(vm.error()));
        error.setWrapText(true);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busy());
        VBox card = new VBox(12, title, credentials(), code(), new HBox(8, error, busy));
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28));
        card.setMaxWidth(460);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane root = new StackPane(card);
        root.getStyleClass().add("login-root");
        StackPane.setAlignment(card, Pos.CENTER);
        return root;
    }

    private Parent credentials() {
        GridPane g = Forms.grid();
        Forms.text(g, 0, i18n.text("login.server"), vm.server(), null, "server");
        TextField email = Forms.text(g, 1, i18n.text("login.email"), vm.email(), null, "email");
        PasswordField password = Forms.add(g, 2, i18n.text("login.password"), new PasswordField(), vm.password(),
                null, "password");
        Button signIn = new Button();
        signIn.setId("sign-in");
        signIn.textProperty().bind(i18n.text("login.signIn"));
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(vm.busy());
        signIn.setOnAction(e -> vm.signIn());
        g.add(signIn, 1, 3);
        g.visibleProperty().bind(vm.secondStep().not());
        g.managedProperty().bind(g.visibleProperty());
        email.setOnAction(e -> password.requestFocus());
        return g;
    }

    private Parent code() {
        GridPane g = Forms.grid();
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("login.codeHint"));
        hint.setWrapText(true);
        g.add(hint, 0, 0, 3, 1);
        TextField code = Forms.text(g, 1, i18n.text("login.code"), vm.code(), null, "code");
        code.setPromptText("123456");
        Button verify = new Button();
        verify.setId("verify");
        verify.textProperty().bind(i18n.text("login.verify"));
        verify.disableProperty().bind(vm.busy());
        verify.setOnAction(e -> vm.submitCode());
        code.setOnAction(e -> vm.submitCode());
        Hyperlink back = new Hyperlink();
        back.textProperty().bind(i18n.text("login.back"));
        back.setOnAction(e -> vm.cancelCode());
        g.add(new HBox(8, verify, back), 1, 2);
        g.visibleProperty().bind(vm.secondStep());
        g.managedProperty().bind(g.visibleProperty());
        vm.secondStep().addListener((o, was, now) -> {
            if (now) {
                code.requestFocus();
            }
        });
        return g;
    }
}
