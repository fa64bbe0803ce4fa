package th.ac.ums.client.finance;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.BillPayment;

/**
 * "Pay by Thai QR or at a bank": the invoice's Thai QR Payment code (id {@code bill-payment-qr}) and
 * beside it the same references as selectable text for a bank counter or an ATM (Biller ID, Ref1
 * student code, Ref2 invoice, amount). Hidden when nothing is due.
 */
final class BillPaymentView {
    private static final int QR_SIZE = 180;
    private final BillPaymentViewModel vm;
    private final Formats formats;
    private final I18n i18n;

    BillPaymentView(BillPaymentViewModel vm, Formats formats) {
        this.vm = vm;
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    Parent root() {
        ImageView qr = new ImageView();
        qr.setId("bill-payment-qr");
        qr.setSmooth(false);
        qr.imageProperty().bind(Bindings.createObjectBinding(() -> vm.bill().get() == null ? null
                : QrImage.of(vm.bill().get().payload(), QR_SIZE), vm.bill()));
        GridPane refs = new GridPane();
        refs.setHgap(8);
        refs.setVgap(4);
        reference(refs, 0, "billPayment.billerId", "bill-payment-biller", BillPayment::billerId);
        reference(refs, 1, "billPayment.ref1", "bill-payment-ref1", BillPayment::ref1);
        reference(refs, 2, "billPayment.ref2", "bill-payment-ref2", BillPayment::ref2);
        reference(refs, 3, "billPayment.amount", "bill-payment-amount", b -> formats.amount(b.amount()));
        Label how = Form.wrapping(i18n.text("billPayment.how"));
        how.getStyleClass().add("placeholder-text");
        Label failed = Form.wrapping(Bindings.createStringBinding(() -> vm.loading().error().get().isEmpty() ? ""
                : i18n.message(vm.loading().error().get()), vm.loading().error(), i18n.locale()));
        failed.setId("bill-payment-error");
        failed.getStyleClass().add("form-error");
        failed.visibleProperty().bind(failed.textProperty().isNotEmpty());
        failed.managedProperty().bind(failed.visibleProperty());
        VBox text = new VBox(8, how, refs, Feedback.small(vm.loading().running()), failed);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(16, qr, text);
        box.setAlignment(Pos.TOP_LEFT);
        box.setId("bill-payment");
        var section = Form.section(i18n.text("billPayment.title"), box);
        section.visibleProperty().bind(vm.due());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    /** A label and its value as read-only text a cashier can select and copy. */
    private void reference(GridPane grid, int row, String key, String id,
                           java.util.function.Function<BillPayment, String> value) {
        Label name = new Label();
        name.textProperty().bind(i18n.text(key));
        name.setMinWidth(Region.USE_PREF_SIZE);
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        field.setPrefColumnCount(18);
        ObservableValue<String> text = Bindings.createStringBinding(() -> vm.bill().get() == null ? ""
                : value.apply(vm.bill().get()), vm.bill(), i18n.locale());
        field.textProperty().bind(text);
        name.setLabelFor(field);
        grid.addRow(row, name, field);
    }
}
