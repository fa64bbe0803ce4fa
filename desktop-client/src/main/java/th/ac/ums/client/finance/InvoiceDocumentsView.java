package th.ac.ums.client.finance;

import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Form;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.ReceiptDto;

/**
 * "Print invoice", and the invoice's receipts and credit notes (number, kind, day of issue,
 * amount, status, in words) with "Reprint" for the one selected.
 */
public final class InvoiceDocumentsView {
    private final InvoiceDocumentsViewModel vm;
    private final I18n i18n;
    private final Formats formats;

    public InvoiceDocumentsView(InvoiceDocumentsViewModel vm, Formats formats) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
    }

    public InvoiceDocumentsViewModel viewModel() {
        return vm;
    }

    /** The "Print invoice" button and what its print said. */
    public Parent printInvoice() {
        return PrintRow.of(i18n, vm.invoicePrint(), "document.printInvoice", "print-invoice", vm::printInvoice);
    }

    /** The receipts table and "Reprint". */
    public Parent receipts() {
        TableView<ReceiptDto> t = new TableView<>(vm.receipts());
        t.setId("invoice-receipts");
        t.getColumns().add(Columns.text(i18n.text("receipt.number"), 130, ReceiptDto::number));
        t.getColumns().add(Columns.word(formats, "ReceiptKind", i18n.text("receipt.kind"), 110, ReceiptDto::kind));
        t.getColumns().add(Columns.date(formats, i18n.text("receipt.issuedOn"), 110, this::issuedOn));
        t.getColumns().add(Columns.money(formats, i18n.text("receipt.amount"), 110, ReceiptDto::amount));
        t.getColumns().add(Columns.word(formats, "ReceiptStatus", i18n.text("receipt.status"), 100,
                ReceiptDto::status));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        Columns.sizeToRows(t, 2, 6);
        t.setMinWidth(120);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.loading(), i18n.text("receipt.none")));
        t.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selected().set(now));
        vm.selected().addListener((o, was, now) -> {
            if (now == null) {
                t.getSelectionModel().clearSelection();
            } else if (t.getSelectionModel().getSelectedItem() != now) {
                t.getSelectionModel().select(now);
            }
        });
        VBox reprint = PrintRow.of(i18n, vm.reprint(), "document.reprint", "reprint-receipt", vm::reprintSelected);
        reprint.getChildren().get(0).disableProperty().bind(vm.selected().isNull());
        return Form.section(i18n.text("receipt.title"), new VBox(6, t, reprint));
    }

    /** The day of issue in the university's zone. */
    private LocalDate issuedOn(ReceiptDto r) {
        return r.issuedAt() == null ? null : r.issuedAt().atZone(formats.zone().get()).toLocalDate();
    }
}
