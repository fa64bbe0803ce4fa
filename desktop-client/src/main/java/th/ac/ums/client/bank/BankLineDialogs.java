package th.ac.ums.client.bank;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Dialogs;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Keys;
import th.ac.ums.client.ui.PersonPicker;
import th.ac.ums.client.ui.Review;
import th.ac.ums.model.Dtos.BankLineDto;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.money.MoneyWords;

/**
 * "Assign to invoice…" (the student with the person picker, then one of their invoices that still
 * owe money, then the review: the line's amount against what the invoice owes) and "Return to
 * payer…" (why, then the review). Each review's confirm (Enter) sends it, Back (Esc) nothing.
 */
public final class BankLineDialogs {
    private final BankLineActionsViewModel vm;
    private final Formats formats;
    private final I18n i18n;

    public BankLineDialogs(BankLineActionsViewModel vm, Formats formats) {
        this.vm = vm;
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    public BankLineActionsViewModel viewModel() {
        return vm;
    }

    /** "Paid 3 Aug 2569 14:30, 1,500.00 บาท, transaction KTB-1 (Ref1 …, Ref2 …)". */
    String describe(BankLineDto l) {
        return i18n.get("bank.lineSummary", formats.timestamp(l.paidAt()), formats.amount(l.amount()),
                l.transactionId(), l.ref1() == null ? "–" : l.ref1(), l.ref2() == null ? "–" : l.ref2());
    }

    void assign(Node from, BankLineDto line, Runnable reload) {
        if (line == null) {
            return;
        }
        vm.open(line);
        Window owner = from.getScene().getWindow();
        Form f = new Form(i18n, vm.fieldErrors());
        f.line(Form.wrapping(new SimpleStringProperty(describe(line)))).setId("bank-assign-line");
        PersonPicker picker = new PersonPicker(vm.student(), formats, "bank-assign-student");
        f.field("bank.student", picker.field(), "student");
        picker.field().setId("bank-assign-student");
        TableView<InvoiceDto> invoices = new TableView<>(vm.invoices());
        invoices.getColumns().add(Columns.text(i18n.text("invoice.number"), 160, InvoiceDto::number));
        invoices.getColumns().add(Columns.date(formats, i18n.text("invoice.due"), 110, InvoiceDto::dueDate));
        invoices.getColumns().add(Columns.money(formats, i18n.text("invoice.outstanding"), 110, InvoiceDto::outstanding));
        Columns.follow(invoices, formats);
        Columns.fit(invoices, formats);
        Columns.sizeToRows(invoices, 2, 6);
        invoices.setPlaceholder(Feedback.placeholder(i18n, vm.invoicesLoading(), i18n.text("bank.noOpenInvoices")));
        invoices.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.invoice().set(now));
        f.field("bank.invoice", invoices, "invoice");
        invoices.setId("bank-assign-invoices");
        Dialog<ButtonType> d = dialog("bank-assign-dialog", "bank.assignTitle", "bank.assignReview", f, owner);
        Node ok = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        ok.setId("bank-assign-review");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            var review = vm.reviewAssign();
            if (review.isEmpty() || !Review.show(d.getDialogPane().getScene().getWindow(), i18n,
                    assignSheet(review.get()))) {
                e.consume();
            }
        });
        Keys.focusSoon(picker.field());
        if (d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent()) {
            vm.assign(reload);
        }
    }

    Review.Sheet assignSheet(BankLineActionsViewModel.AssignReview r) {
        List<Review.Line> lines = new ArrayList<>();
        lines.add(new Review.Line(i18n.get("bank.review.line"), describe(r.line())));
        String who = formats.person(r.student().code(), r.student().thai(), r.student().english());
        lines.add(new Review.Line(i18n.get("bank.student"), who));
        lines.add(new Review.Line(i18n.get("bank.invoice"), i18n.get("payment.invoiceOutstanding",
                r.invoice().number(), formats.amount(r.invoice().outstanding()))));
        lines.add(new Review.Line(i18n.get("payment.amountLabel"), formats.amount(r.line().amount())));
        lines.add(new Review.Line(i18n.get("payment.inWords"), MoneyWords.of(new java.math.BigDecimal(
                r.line().amount()), i18n.thai())));
        lines.add(new Review.Line(i18n.get("payment.leftAfter"), formats.amount(r.left())));
        return new Review.Sheet("bank-assign-confirm", i18n.get("bank.assignTitle"), i18n.get("bank.assignHeading",
                formats.amount(r.line().amount()), r.invoice().number(), who), lines, List.of(),
                i18n.get("bank.assignConfirm"));
    }

    void giveBack(Node from, BankLineDto line, Runnable reload) {
        if (line == null) {
            return;
        }
        vm.open(line);
        Window owner = from.getScene().getWindow();
        Form f = new Form(i18n, vm.fieldErrors());
        f.line(Form.wrapping(new SimpleStringProperty(describe(line)))).setId("bank-return-line");
        TextArea reason = f.input("bank.reason", new TextArea(), vm.reason(), "reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setId("bank-return-reason");
        Dialog<ButtonType> d = dialog("bank-return-dialog", "bank.returnTitle", "bank.returnReview", f, owner);
        Node ok = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        ok.setId("bank-return-review");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.reviewReturn() || !Review.show(d.getDialogPane().getScene().getWindow(), i18n,
                    returnSheet(line, vm.reason().get().strip()))) {
                e.consume();
            }
        });
        Keys.focusSoon(reason);
        if (d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent()) {
            vm.giveBack(reload);
        }
    }

    Review.Sheet returnSheet(BankLineDto line, String reason) {
        List<Review.Line> lines = List.of(new Review.Line(i18n.get("bank.review.line"), describe(line)),
                new Review.Line(i18n.get("payment.amountLabel"), formats.amount(line.amount())),
                new Review.Line(i18n.get("bank.reason"), reason));
        return new Review.Sheet("bank-return-confirm", i18n.get("bank.returnTitle"), i18n.get("bank.returnHeading",
                formats.amount(line.amount()), line.transactionId()), lines, List.of(), i18n.get("bank.returnConfirm"));
    }

    private Dialog<ButtonType> dialog(String id, String title, String confirm, Form f, Window owner) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(i18n.get(title));
        d.getDialogPane().setId(id);
        d.getDialogPane().setContent(new VBox(8, f.root()));
        d.getDialogPane().setPrefWidth(620);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get(confirm), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.prepare(d, owner);
        vm.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) c ->
                javafx.application.Platform.runLater(() -> {
                    if (d.getDialogPane().getScene() != null && d.isShowing()) {
                        d.getDialogPane().getScene().getWindow().sizeToScene();
                    }
                }));
        return d;
    }
}
