package th.ac.ums.client.account;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Page;
import th.ac.ums.model.Dtos.SessionDto;

/** My account: two-factor enrolment with QR code, recovery codes (shown once), password, my sessions. */
public final class AccountView {
    private final AccountViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private PasswordField current;

    public AccountView(AccountViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
    }

    public Page page() {
        return Page.of(root()).focus(current);
    }

    public Parent root() {
        Label message = Form.message(i18n, vm.message());
        message.setId("account-message");
        VBox box = new VBox(10, twoFactor(), password(), sessions(), message);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Parent twoFactor() {
        Label state = new Label();
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.twoFactorEnabled().get()
                ? "account.twoFactorIsOn" : "account.twoFactorIsOff"), vm.twoFactorEnabled(), i18n.locale()));
        Button start = Form.button(i18n, "account.enroll", vm::startEnrollment);
        start.setId("enroll");
        start.disableProperty().bind(online.not());
        ImageView qr = new ImageView();
        qr.setFitWidth(200);
        qr.setPreserveRatio(true);
        vm.qrPng().addListener((o, a, png) -> qr.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));
        TextField secret = new TextField();
        secret.setEditable(false);
        secret.textProperty().bind(vm.secret());
        secret.visibleProperty().bind(vm.secret().isNotEmpty());
        secret.managedProperty().bind(secret.visibleProperty());
        Form step = new Form(i18n, vm.fieldErrors());
        TextField code = step.text("login.code", vm.code(), "code");
        code.setPromptText("123456");
        step.actions(Form.button(i18n, "account.confirm", vm::confirmEnrollment));
        step.root().visibleProperty().bind(vm.secret().isNotEmpty());
        step.root().managedProperty().bind(step.root().visibleProperty());
        ListView<String> codes = new ListView<>(vm.recoveryCodes());
        codes.setPrefHeight(140);
        codes.visibleProperty().bind(Bindings.isNotEmpty(vm.recoveryCodes()));
        codes.managedProperty().bind(codes.visibleProperty());
        Label once = Form.wrapping(i18n.text("account.codesOnce"));
        once.visibleProperty().bind(codes.visibleProperty());
        once.managedProperty().bind(once.visibleProperty());
        return Form.section(i18n.text("account.twoFactor"), new VBox(8, state, start, qr, secret, step.root(), once, codes));
    }

    private Parent password() {
        Form f = new Form(i18n, vm.fieldErrors());
        current = f.password("account.current", vm.currentPassword(), "current");
        f.password("account.new", vm.newPassword(), "new");
        Button change = Form.button(i18n, "account.change", vm::changePassword);
        change.setId("change-password");
        change.disableProperty().bind(online.not());
        f.actions(change);
        return Form.section(i18n.text("account.password"), f.root());
    }

    private Parent sessions() {
        TableView<SessionDto> t = new TableView<>(vm.sessions());
        t.setId("my-sessions");
        t.setPrefHeight(170);
        t.getColumns().add(Columns.text(i18n.text("helpdesk.ip"), 120, SessionDto::ip));
        t.getColumns().add(Columns.flex(Columns.text(i18n.text("helpdesk.client"), 220, SessionDto::client)));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.started"), 170, SessionDto::createdAt));
        t.getColumns().add(Columns.timestamp(formats, i18n.text("helpdesk.lastSeen"), 170, SessionDto::lastSeenAt));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.sessionsLoading(), i18n.text("account.noSessions")));
        Button end = Form.button(i18n, "account.endSession", () -> vm.endSession(t.getSelectionModel()
                .getSelectedItem()));
        end.disableProperty().bind(online.not().or(t.getSelectionModel().selectedItemProperty().isNull()));
        return Form.section(i18n.text("account.sessions"), new VBox(6, t, end));
    }

}
