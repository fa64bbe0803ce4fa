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
 * The table of a {@link ReceiptsViewModel} (number, kind, day of issue, amount, status in words; a
 * student's list adds, last, the method and the invoice) and "Reprint" for the row selected, in a section.
 */
public final class ReceiptsView {
    private final ReceiptsViewModel vm;
    private final Formats formats;
    private final I18n i18n;

    public ReceiptsView(ReceiptsViewModel vm, Formats formats) {
        this.vm = vm;
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    public ReceiptsViewModel viewModel() {
        return vm;
    }

    /**
     * @param id        the table's id; "Reprint" is {@code reprintId}, its message {@code reprintId-message}
     * @param ofStudent a student's list: with the invoice and the method of each
     */
    public Parent section(String id, String reprintId, boolean ofStudent) {
        TableView<ReceiptDto> t = new TableView<>(vm.receipts());
        t.setId(id);
        t.getColumns().add(Columns.text(i18n.text("receipt.number"), 130, ReceiptDto::number));
        t.getColumns().add(Columns.word(formats, "ReceiptKind", i18n.text("receipt.kind"), 110, ReceiptDto::kind));
        t.getColumns().add(Columns.date(formats, i18n.text("receipt.issuedOn"), 110, this::issuedOn));
        t.getColumns().add(Columns.money(formats, i18n.text("receipt.amount"), 110, ReceiptDto::amount));
        t.getColumns().add(Columns.word(formats, "ReceiptStatus", i18n.text("receipt.status"), 100,
                ReceiptDto::status));
        // no method or invoice columns in the Student 360: its pane is narrower than the invoice's and its
        // invoices are listed just above (both are on the receipt itself); every column stays in view in Thai
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        Columns.sizeToRows(t, ofStudent ? 3 : 2, 6);
        t.setMinWidth(120);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.loading(), i18n.text(ofStudent ? "receipt.noneOfStudent"
                : "receipt.none")));
        Columns.selection(t, vm.selected());
        VBox reprint = PrintRow.of(i18n, vm.reprint(), "document.reprint", reprintId, vm::reprintSelected);
        reprint.getChildren().get(0).disableProperty().bind(vm.selected().isNull().or(vm.reprint().busy()));
        return Form.section(i18n.text("receipt.title"), new VBox(6, t, reprint));
    }

    /** The day of issue in the university's zone. */
    private LocalDate issuedOn(ReceiptDto r) {
        return r.issuedAt() == null ? null : r.issuedAt().atZone(formats.zone().get()).toLocalDate();
    }
}
