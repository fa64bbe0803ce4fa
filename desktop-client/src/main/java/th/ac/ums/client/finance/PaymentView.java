package th.ac.ums.client.finance;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import th.ac.ums.client.ui.Forms;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Enums.PaymentMethod;

/** The "record payment" form under the invoice (amount, method, reference). */
public final class PaymentView {
    private final PaymentViewModel vm;
    private final I18n i18n;
    private final BooleanProperty online;
    private final TitledPane pane = new TitledPane();
    private Runnable onRecorded = () -> { };

    public PaymentView(PaymentViewModel vm, I18n i18n, BooleanProperty online) {
        this.vm = vm;
        this.i18n = i18n;
        this.online = online;
        vm.recorded().addListener((o, was, now) -> {
            if (now != null) {
                onRecorded.run();
            }
        });
    }

    public void show(InvoiceDto invoice, Runnable recorded) {
        vm.open(invoice);
        onRecorded = recorded;
        pane.setVisible(true);
    }

    public Parent root() {
        GridPane g = Forms.grid();
        Forms.text(g, 0, i18n.text("payment.amount"), vm.amount(), vm.fieldErrors(), "amount");
        ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList());
        for (PaymentMethod m : PaymentMethod.values()) {
            method.getItems().add(m.name());
        }
        method.valueProperty().bindBidirectional(vm.method());
        method.setId("method");
        Label methodLabel = new Label();
        methodLabel.textProperty().bind(i18n.text("payment.method"));
        g.addRow(1, methodLabel, method);
        Forms.text(g, 2, i18n.text("payment.reference"), vm.reference(), vm.fieldErrors(), "reference");
        Button record = new Button();
        record.setId("confirm-payment");
        record.textProperty().bind(i18n.text("payment.confirm"));
        record.disableProperty().bind(vm.busy().or(online.not()).or(vm.recorded().isNotNull()));
        record.setOnAction(e -> vm.record());
        Label message = new Label();
        message.setId("payment-message");
        message.setWrapText(true);
        message.textProperty().bind(i18n.message(vm.message()));
        g.add(new HBox(8, record, message), 1, 3, 2, 1);
        pane.setContent(g);
        pane.textProperty().bind(Bindings.createStringBinding(() -> vm.invoice().get() == null ? ""
                : i18n.get("payment.title", vm.invoice().get().number(), vm.invoice().get().outstanding()),
                vm.invoice(), i18n.locale()));
        pane.setCollapsible(false);
        pane.setVisible(false);
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }
}
