package th.ac.ums.client.finance;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TitledPane;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Keys;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Enums.PaymentMethod;

/** The "record payment" form under the invoice (amount, method, day received, reference). */
public final class PaymentView {
    private final PaymentViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private TitledPane pane;
    private javafx.scene.control.TextField amount;
    private Runnable onRecorded = () -> { };

    public PaymentView(PaymentViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
        vm.recorded().addListener((o, was, now) -> {
            if (now != null) {
                pane.setVisible(false);
                onRecorded.run();
            }
        });
    }

    public void show(InvoiceDto invoice, Runnable recorded) {
        vm.open(invoice);
        onRecorded = recorded;
        pane.setVisible(true);
        Keys.focusSoon(amount);
    }

    /** Another invoice was chosen: the form and its last message go. */
    public void hide() {
        if (pane != null) {
            pane.setVisible(false);
        }
        vm.message().set("");
    }

    public Parent root() {
        Form f = new Form(i18n, vm.fieldErrors());
        f.line(Form.wrapping(Bindings.createStringBinding(() -> vm.invoice().get() == null ? ""
                : i18n.get("payment.title", vm.invoice().get().number(), formats.money(vm.invoice().get().outstanding())),
                vm.invoice(), i18n.locale())));
        amount = f.text("payment.amount", vm.amount(), "amount");
        ComboBox<String> method = Choices.words(formats, PaymentMethod.class, null);
        method.valueProperty().bindBidirectional(vm.method());
        f.field("payment.method", method, "method");
        f.date("payment.receivedOn", formats, vm.receivedOn(), "receivedOn");
        f.text("payment.reference", vm.reference(), "reference");
        Button record = Form.button(i18n, "payment.confirm", vm::record);
        record.setId("confirm-payment");
        record.disableProperty().bind(vm.busy().or(online.not()).or(vm.recorded().isNotNull()));
        Button close = f.cancelButton(Form.button(i18n, "dialog.cancel", () -> pane.setVisible(false)));
        close.setId("close-payment");
        f.actions(record, close, th.ac.ums.client.ui.Feedback.small(vm.busy()));
        pane = Form.section(i18n.text("payment.section"), f.root());
        pane.setVisible(false);
        pane.managedProperty().bind(pane.visibleProperty());
        javafx.scene.control.Label message = Form.message(i18n, vm.message());
        message.setId("payment-message");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new javafx.scene.layout.VBox(6, pane, message);
    }
}
