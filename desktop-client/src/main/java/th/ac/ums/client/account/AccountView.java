package th.ac.ums.client.account;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Forms;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.SessionDto;

/** My account: two-factor enrolment with QR code, recovery codes (shown once), password, my sessions. */
public final class AccountView {
    private final AccountViewModel vm;
    private final I18n i18n;
    private final BooleanProperty online;

    public AccountView(AccountViewModel vm, I18n i18n, BooleanProperty online) {
        this.vm = vm;
        this.i18n = i18n;
        this.online = online;
    }

    public Parent root() {
        Label message = new Label();
        message.textProperty().bind(i18n.message(vm.message()));
        VBox box = new VBox(10, twoFactor(), password(), sessions(), message);
        box.setPadding(new Insets(10));
        return new javafx.scene.control.ScrollPane(box);
    }

    private Parent twoFactor() {
        Label state = new Label();
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.twoFactorEnabled().get()
                ? "account.twoFactorIsOn" : "account.twoFactorIsOff"), vm.twoFactorEnabled(), i18n.locale()));
        Button start = new Button();
        start.textProperty().bind(i18n.text("account.enroll"));
        start.disableProperty().bind(online.not());
        start.setOnAction(e -> vm.startEnrollment());
        ImageView qr = new ImageView();
        qr.setFitWidth(200);
        qr.setPreserveRatio(true);
        vm.qrPng().addListener((o, a, png) -> qr.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));
        TextField secret = new TextField();
        secret.setEditable(false);
        secret.textProperty().bind(vm.secret());
        secret.visibleProperty().bind(vm.secret().isNotEmpty());
        TextField code = new TextField();
        code.setPromptText("123456");
        code.textProperty().bindBidirectional(vm.code());
        Button confirm = new Button();
        confirm.textProperty().bind(i18n.text("account.confirm"));
        confirm.setOnAction(e -> vm.confirmEnrollment());
        HBox step = new HBox(8, code, confirm);
        step.visibleProperty().bind(vm.secret().isNotEmpty());
        ListView<String> codes = new ListView<>(vm.recoveryCodes());
        codes.setPrefHeight(140);
        codes.visibleProperty().bind(Bindings.isNotEmpty(vm.recoveryCodes()));
        Label once = new Label();
        once.textProperty().bind(i18n.text("account.codesOnce"));
        once.visibleProperty().bind(codes.visibleProperty());
        return titled("account.twoFactor", new VBox(8, state, start, qr, secret, step, once, codes));
    }

    private Parent password() {
        GridPane g = Forms.grid();
        Forms.add(g, 0, i18n.text("account.current"), new PasswordField(), vm.currentPassword(), null, "current");
        Forms.add(g, 1, i18n.text("account.new"), new PasswordField(), vm.newPassword(), null, "new");
        Button change = new Button();
        change.textProperty().bind(i18n.text("account.change"));
        change.disableProperty().bind(online.not());
        change.setOnAction(e -> vm.changePassword());
        g.add(change, 1, 2);
        return titled("account.password", g);
    }

    private Parent sessions() {
        TableView<SessionDto> t = new TableView<>(vm.sessions());
        t.setPrefHeight(160);
        TableColumn<SessionDto, String> ip = new TableColumn<>("IP");
        ip.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().ip()));
        TableColumn<SessionDto, String> client = new TableColumn<>();
        client.textProperty().bind(i18n.text("helpdesk.client"));
        client.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().client()));
        client.setPrefWidth(220);
        TableColumn<SessionDto, String> seen = new TableColumn<>();
        seen.textProperty().bind(i18n.text("helpdesk.lastSeen"));
        seen.setCellValueFactory(cd -> new ReadOnlyStringWrapper(String.valueOf(cd.getValue().lastSeenAt())));
        seen.setPrefWidth(220);
        t.getColumns().addAll(java.util.List.of(ip, client, seen));
        Button end = new Button();
        end.textProperty().bind(i18n.text("account.endSession"));
        end.disableProperty().bind(online.not().or(t.getSelectionModel().selectedItemProperty().isNull()));
        end.setOnAction(e -> vm.endSession(t.getSelectionModel().getSelectedItem()));
        return titled("account.sessions", new VBox(6, t, end));
    }

    private TitledPane titled(String key, Parent content) {
        TitledPane t = new TitledPane("", content);
        t.textProperty().bind(i18n.text(key));
        t.setCollapsible(false);
        return t;
    }
}
