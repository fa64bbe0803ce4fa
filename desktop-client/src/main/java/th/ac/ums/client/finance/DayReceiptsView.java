package th.ac.ums.client.finance;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Choices;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.ReceiptDto;
import th.ac.ums.model.Enums.ReceiptKind;
import th.ac.ums.model.Enums.ReceiptStatus;

/**
 * The receipts of the day: cashier, kind and status filters; a table (number, time, student, invoice,
 * amount with credit notes as money out, method, cashier, status, in words); "Reprint" of the one
 * selected, "Print the day's receipts", and cancelling the one selected ({@link ReceiptCancelView}).
 */
public final class DayReceiptsView {
    private final DayReceiptsViewModel vm;
    private final CashierViewModel screen;
    private final I18n i18n;
    private final Formats formats;
    private final ReceiptCancelView cancel;
    private ComboBox<CashierChoice> cashier;

    public DayReceiptsView(CashierViewModel screen, Formats formats, boolean mayCancel) {
        this.vm = screen.receipts();
        this.screen = screen;
        this.i18n = formats.i18n();
        this.formats = formats;
        this.cancel = mayCancel ? new ReceiptCancelView(vm.cancel(), formats) : null;
    }

    public Parent root() {
        TableView<ReceiptDto> t = table();
        VBox.setVgrow(t, Priority.ALWAYS);
        VBox reprint = PrintRow.of(i18n, vm.reprint(), "cashier.reprint", "reprint-day-receipt", vm::reprintSelected);
        reprint.getChildren().get(0).disableProperty().bind(vm.selected().isNull());
        VBox batch = PrintRow.of(i18n, vm.batch(), "cashier.printDay", "print-day-receipts", vm::printDay);
        HBox.setHgrow(reprint, Priority.ALWAYS);
        HBox.setHgrow(batch, Priority.ALWAYS);
        reprint.setMaxWidth(Double.MAX_VALUE);
        batch.setMaxWidth(Double.MAX_VALUE);
        Label copyHint = th.ac.ums.client.ui.Form.wrapping(i18n.text("cashier.reprintHint"));
        copyHint.getStyleClass().add("text-muted");
        VBox prints = new VBox(4, new HBox(16, reprint, batch), copyHint);
        VBox box = new VBox(8, filters(), t, prints);
        if (cancel != null) {
            box.getChildren().add(cancel.root());
        }
        box.setPadding(new javafx.geometry.Insets(8));
        return box;
    }

    /** The cashier (everyone, me, the day's cashiers), kind and status drop-downs. */
    private HBox filters() {
        cashier = new ComboBox<>(screen.cashiers());
        cashier.setId("receipts-cashier");
        cashier.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Choices.showing(cashier, i18n, c -> c == null || c.id() == null ? i18n.get("cashier.everyone")
                : c.me() ? i18n.get("cashier.me", c.name()) : c.name());
        cashier.valueProperty().bindBidirectional(vm.cashier());
        cashier.setOnAction(e -> vm.refilter());
        Button mine = th.ac.ums.client.ui.Form.button(i18n, "cashier.mine", screen::mine);
        mine.setId("receipts-mine");
        ComboBox<String> kind = Choices.words(formats, ReceiptKind.class, "cashier.anyKind");
        kind.setId("receipts-kind");
        kind.setValue("");
        kind.setOnAction(e -> {
            vm.kind().set(blank(kind.getValue()));
            vm.refilter();
        });
        ComboBox<String> status = Choices.words(formats, ReceiptStatus.class, "cashier.anyStatus");
        status.setId("receipts-status");
        status.setValue("");
        status.setOnAction(e -> {
            vm.status().set(blank(status.getValue()));
            vm.refilter();
        });
        HBox bar = new HBox(8, label("cashier.cashier", cashier), cashier, mine, label("receipt.kind", kind), kind,
                label("receipt.status", status), status);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Label label(String key, javafx.scene.Node of) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setLabelFor(of);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static String blank(String code) {
        return code == null || code.isEmpty() ? null : code;
    }

    private TableView<ReceiptDto> table() {
        TableView<ReceiptDto> t = new TableView<>(vm.rows());
        t.setId("day-receipts");
        t.getColumns().addAll(List.of(
                Columns.text(i18n.text("receipt.number"), 130, ReceiptDto::number),
                Columns.text(i18n.text("cashier.time"), 60, r -> r.issuedAt() == null ? "" : formats.time(r.issuedAt())),
                Columns.flex(Columns.text(i18n.text("cashier.student"), 200, r -> formats.person(r.studentCode(),
                        r.studentNameTh(), r.studentNameEn()))),
                Columns.text(i18n.text("cashier.invoice"), 150, ReceiptDto::invoiceNumber),
                Columns.money(formats, i18n.text("receipt.amount"), 110, DayReceiptsView::signed),
                Columns.word(formats, "PaymentMethod", i18n.text("payment.method"), 110, ReceiptDto::method),
                Columns.flex(Columns.text(i18n.text("cashier.cashier"), 140, r -> r.issuedByName() == null ? ""
                        : r.issuedByName())),
                Columns.word(formats, "ReceiptStatus", i18n.text("receipt.status"), 100, ReceiptDto::status)));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setMinHeight(150);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.loading(), i18n.text("cashier.noReceipts")));
        Columns.selection(t, vm.selected());
        return t;
    }

    /** A credit note's amount is money out: shown negative. */
    static String signed(ReceiptDto r) {
        return "CREDIT_NOTE".equals(r.kind()) ? "-" + r.amount() : r.amount();
    }

    ComboBox<CashierChoice> cashier() {
        return cashier;
    }
}
