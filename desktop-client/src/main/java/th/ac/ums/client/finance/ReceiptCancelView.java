package th.ac.ums.client.finance;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Review;
import th.ac.ums.model.Dtos.ReceiptDto;

/**
 * "Cancel receipt…" for the selected receipt: the reason (required), then a review that says what a
 * cancellation does and does not do, then the result in words (or why the server refused).
 * Disabled, with the reason beside it, when nothing is selected or it is already cancelled.
 */
public final class ReceiptCancelView {
    private final ReceiptCancelViewModel vm;
    private final I18n i18n;
    private final Formats formats;
    private Parent root;

    public ReceiptCancelView(ReceiptCancelViewModel vm, Formats formats) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
    }

    public Parent root() {
        Form f = new Form(i18n, vm.fieldErrors());
        f.text("cancel.reason", vm.reason(), "cancel-reason");
        Button go = Form.button(i18n, "cancel.review", this::review);
        go.setId("cancel-receipt");
        Label why = new Label();
        why.setId("cancel-why");
        why.getStyleClass().add("text-muted");
        why.textProperty().bind(Bindings.createStringBinding(() -> vm.whyNot().get().isEmpty() ? ""
                : i18n.get(vm.whyNot().get()), vm.whyNot(), i18n.locale()));
        go.disableProperty().bind(why.textProperty().isNotEmpty().or(vm.busy()));
        HBox actions = f.actions(go, Feedback.small(vm.busy()), why);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label message = f.message(vm.message());
        message.setId("cancel-message");
        vm.failed().addListener((o, was, now) -> {
            message.getStyleClass().remove("form-error");
            if (now) {
                message.getStyleClass().add("form-error");
            }
        });
        root = Form.section(i18n.text("cancel.title"), f.root());
        return root;
    }

    private void review() {
        vm.review().ifPresent(r -> {
            if (Review.show(root.getScene().getWindow(), i18n, sheet(r))) {
                vm.cancel(() -> { });
            }
        });
    }

    /** What the cancellation's review shows, in words. */
    public Review.Sheet sheet(ReceiptCancelViewModel.Review r) {
        ReceiptDto d = r.receipt();
        String student = formats.person(d.studentCode(), d.studentNameTh(), d.studentNameEn());
        List<Review.Line> lines = List.of(
                new Review.Line(i18n.get("receipt.number"), d.number() + " (" + formats.word("ReceiptKind", d.kind()) + ")"),
                new Review.Line(i18n.get("payment.student"), student),
                new Review.Line(i18n.get("payment.invoice"), d.invoiceNumber()),
                new Review.Line(i18n.get("receipt.amount"), formats.amount(d.amount()) + ", "
                        + formats.word("PaymentMethod", d.method()) + ", " + formats.timestamp(d.issuedAt())),
                new Review.Line(i18n.get("cancel.reason"), r.reason()));
        return new Review.Sheet("cancel-review", i18n.get("cancel.reviewTitle"), i18n.get("cancel.reviewHeading",
                d.number(), student), lines, List.of(), i18n.get("cancel.reviewWarning"), i18n.get("cancel.confirm"));
    }
}
