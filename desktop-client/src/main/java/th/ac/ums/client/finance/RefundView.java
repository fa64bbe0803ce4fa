package th.ac.ums.client.finance;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Review;
import th.ac.ums.client.ui.Totals;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.money.MoneyWords;

/**
 * The invoice's payments and refunds (a totals row: what was paid, net of refunds), and refunding
 * a selected payment through a review.
 */
public final class RefundView {
    private final RefundViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private final BooleanProperty online;
    private Parent root;

    public RefundView(RefundViewModel vm, Formats formats, BooleanProperty online) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.online = online;
    }

    public RefundViewModel viewModel() {
        return vm;
    }

    public Parent root(Runnable refunded) {
        TableView<PaymentDto> list = new TableView<>();
        list.setId("invoice-payments");
        list.getColumns().add(Columns.text(i18n.text("payment.kind"), 90, p -> p.kind() == null
                ? i18n.get("totals.netPaid") : formats.word("PaymentKind", p.kind())));
        list.getColumns().add(Columns.money(formats, i18n.text("payment.amount"), 110, p -> "REFUND".equals(p.kind())
                ? "-" + p.amount() : p.amount()));
        list.getColumns().add(Columns.word(formats, "PaymentMethod", i18n.text("payment.method"), 110,
                PaymentDto::method));
        list.getColumns().add(Columns.timestamp(formats, i18n.text("payment.date"), 150, PaymentDto::receivedAt));
        list.getColumns().add(Columns.flex(Columns.text(i18n.text("payment.reference"), 120,
                p -> p.reference() == null ? "" : p.reference())));
        Totals.install(list, vm.payments(), rows -> new PaymentDto(0, 0, null, 0, null,
                Totals.sum(rows, p -> "REFUND".equals(p.kind()) ? "-" + p.amount() : p.amount()).toPlainString(),
                null, null, null, null, null, null, null));
        i18n.locale().addListener(o -> Totals.refresh(list));
        Columns.follow(list, formats);
        Columns.fit(list, formats);
        Columns.sizeToRows(list, 2, 6);
        list.setMinWidth(120);
        list.setPlaceholder(Feedback.placeholder(i18n, vm.loading(), i18n.text("refund.noPayments")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selected().set(
                now == null || now.kind() == null ? null : now));
        Form f = new Form(i18n, vm.fieldErrors());
        f.text("refund.amount", vm.amount(), "refund-amount").setPromptText("0.00");
        Button whole = Form.button(i18n, "refund.whole", vm::refundWhole);
        whole.setId("refund-whole");
        whole.textProperty().unbind();
        whole.textProperty().bind(Bindings.createStringBinding(() -> vm.selected().get() == null
                || !"PAYMENT".equals(vm.selected().get().kind()) ? i18n.get("refund.pickFirst")
                : i18n.get("refund.whole", formats.money(vm.left(vm.selected().get()))), vm.selected(),
                vm.payments(), i18n.locale()));
        whole.disableProperty().bind(vm.selected().isNull());
        f.line(whole);
        f.text("refund.reason", vm.reason(), "reason");
        Button refund = Form.button(i18n, "refund.review", () -> review(refunded));
        refund.setId("refund");
        refund.disableProperty().bind(online.not().or(vm.busy()).or(vm.selected().isNull()));
        f.actions(refund, Feedback.small(vm.busy()));
        Label message = f.message(vm.message());
        message.setId("refund-message");
        VBox print = PrintRow.of(i18n, vm.creditNote(), "document.printCreditNote", "print-credit-note",
                vm::printCreditNote);
        print.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.hasCreditNote()
                && !vm.message().get().isEmpty(), vm.refunded(), vm.message()));
        print.managedProperty().bind(print.visibleProperty());
        // a payment chosen to refund: its form comes into view, down to its button and result
        vm.selected().addListener((o, was, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(() -> {
                    if (message.getScene() != null) {
                        message.getScene().getRoot().applyCss();
                        message.getScene().getRoot().layout();
                        th.ac.ums.client.ui.Keys.reveal(message.isVisible() ? message : refund);
                    }
                });
            }
        });
        root = Form.section(i18n.text("refund.title"), new VBox(6, list, f.root(), print));
        return root;
    }

    private void review(Runnable refunded) {
        vm.review().ifPresent(r -> {
            if (Review.show(root.getScene().getWindow(), i18n, sheet(r))) {
                vm.refund(refunded);
            }
        });
    }

    /** What the refund's review shows, in words. */
    public Review.Sheet sheet(RefundViewModel.Review r) {
        List<Review.Line> lines = new ArrayList<>();
        lines.add(new Review.Line(i18n.get("payment.student"), r.student()));
        lines.add(new Review.Line(i18n.get("payment.invoice"), r.invoice()));
        lines.add(new Review.Line(i18n.get("refund.of"), i18n.get("refund.payment", formats.amount(r.payment()
                .amount()), formats.word("PaymentMethod", r.payment().method()), formats.timestamp(r.payment()
                .receivedAt()))));
        lines.add(new Review.Line(i18n.get("refund.amountLabel"), formats.amount(r.amount())));
        lines.add(new Review.Line(i18n.get("payment.inWords"), MoneyWords.of(r.amount(), i18n.thai())));
        lines.add(new Review.Line(i18n.get("refund.reason"), r.reason()));
        return new Review.Sheet("refund-review", i18n.get("refund.reviewTitle"), i18n.get("refund.reviewHeading",
                formats.amount(r.amount()), r.student()), lines, List.of(), i18n.get("refund.confirm"));
    }
}
