package th.ac.ums.client.finance;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Keys;
import th.ac.ums.client.ui.Review;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Enums.PaymentMethod;
import th.ac.ums.model.money.MoneyWords;

/**
 * The "record payment" form under the invoice: amount (typed by the bursar; "the whole
 * outstanding" fills it), method, day received, reference; "Review payment…" (Enter) shows the
 * review, whose confirm (Enter) records it and whose Back (Esc) changes nothing; Esc in the form
 * closes it.
 */
public final class PaymentView {
    private final PaymentViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private TitledPane pane;
    private TextField amount;
    private Button review;
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
        // the whole form in view (down to its buttons), then the focus in the amount
        javafx.application.Platform.runLater(() -> {
            if (pane.getScene() != null) {
                pane.getScene().getRoot().applyCss();
                pane.getScene().getRoot().layout();
                Keys.reveal(review);
            }
            Keys.focusSoon(amount);
        });
    }

    /** Another invoice was chosen: the form and its last message go. */
    public void hide() {
        if (pane != null) {
            pane.setVisible(false);
        }
        vm.message().set("");
        vm.receipt().clear();
    }

    public PaymentViewModel viewModel() {
        return vm;
    }

    public Parent root() {
        Form f = new Form(i18n, vm.fieldErrors());
        f.line(Form.wrapping(Bindings.createStringBinding(() -> vm.invoice().get() == null ? ""
                : i18n.get("payment.title", vm.invoice().get().number(), vm.student(),
                formats.money(vm.invoice().get().outstanding())), vm.invoice(), i18n.locale())));
        amount = f.text("payment.amount", vm.amount(), "amount");
        amount.setPromptText("0.00");
        Button whole = Form.button(i18n, "payment.whole", vm::payWhole);
        whole.setId("pay-whole");
        whole.textProperty().unbind();
        whole.textProperty().bind(Bindings.createStringBinding(() -> vm.invoice().get() == null ? ""
                : i18n.get("payment.whole", formats.money(vm.invoice().get().outstanding())), vm.invoice(),
                i18n.locale()));
        f.line(whole);
        ComboBox<String> method = Choices.words(formats, PaymentMethod.class, null);
        method.valueProperty().bindBidirectional(vm.method());
        f.field("payment.method", method, "method");
        f.date("payment.receivedOn", formats, vm.receivedOn(), "receivedOn");
        f.text("payment.reference", vm.reference(), "reference");
        review = Form.button(i18n, "payment.review", this::review);
        review.setId("confirm-payment");
        review.disableProperty().bind(vm.busy().or(online.not()).or(vm.recorded().isNotNull()));
        Button close = f.cancelButton(Form.button(i18n, "dialog.cancel", () -> pane.setVisible(false)));
        close.setId("close-payment");
        f.actions(review, close, Feedback.small(vm.busy()));
        // an error under a field makes the form taller: its buttons stay in view
        vm.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c ->
                javafx.application.Platform.runLater(() -> {
                    if (review.getScene() != null) {
                        review.getScene().getRoot().applyCss();
                        review.getScene().getRoot().layout();
                        Keys.reveal(review);
                    }
                }));
        pane = Form.section(i18n.text("payment.section"), f.root());
        pane.setId("payment-form");
        pane.setVisible(false);
        pane.managedProperty().bind(pane.visibleProperty());
        Label message = Form.message(i18n, vm.message());
        message.setId("payment-message");
        message.getStyleClass().add("result-message");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox print = PrintRow.of(i18n, vm.receipt(), "document.printReceipt", "print-receipt", vm::printReceipt);
        print.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.hasReceipt()
                && !vm.message().get().isEmpty(), vm.recorded(), vm.message()));
        print.managedProperty().bind(print.visibleProperty());
        return new VBox(6, pane, message, print);
    }

    /** The review dialog; Record in it records the payment. */
    private void review() {
        vm.review().ifPresent(r -> {
            if (Review.show(pane.getScene().getWindow(), i18n, sheet(r))) {
                vm.record();
            }
        });
    }

    /** What the review shows, in words. */
    public Review.Sheet sheet(PaymentViewModel.Review r) {
        List<Review.Line> lines = new ArrayList<>();
        lines.add(new Review.Line(i18n.get("payment.student"), r.student()));
        lines.add(new Review.Line(i18n.get("payment.invoice"), i18n.get("payment.invoiceOutstanding", r.invoice(),
                formats.amount(r.outstanding()))));
        lines.add(new Review.Line(i18n.get("payment.amountLabel"), formats.amount(r.amount())));
        lines.add(new Review.Line(i18n.get("payment.inWords"), MoneyWords.of(r.amount(), i18n.thai())));
        lines.add(new Review.Line(i18n.get("payment.method"), formats.word("PaymentMethod", r.method())));
        lines.add(new Review.Line(i18n.get("payment.receivedOn"), formats.date(r.receivedOn())));
        if (r.reference() != null) {
            lines.add(new Review.Line(i18n.get("payment.reference"), r.reference()));
        }
        if (r.amount().compareTo(r.outstanding()) < 0) {
            lines.add(new Review.Line(i18n.get("payment.leftAfter"), formats.amount(r.outstanding().subtract(
                    r.amount()))));
        }
        return new Review.Sheet("payment-review", i18n.get("payment.reviewTitle"), i18n.get("payment.reviewHeading",
                formats.amount(r.amount()), r.student()), lines, List.of(), i18n.get("payment.confirm"));
    }

}
