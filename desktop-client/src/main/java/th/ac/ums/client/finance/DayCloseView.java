package th.ac.ums.client.finance;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import th.ac.ums.client.ui.Columns;
import th.ac.ums.client.ui.Feedback;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Totals;
import th.ac.ums.model.Dtos.DayCloseRow;
import th.ac.ums.model.Dtos.DayCloseTotals;

/**
 * The day close: a row per cashier and method (count, money in, out, net, first and last receipt,
 * cancelled ones) with the totals row, "Export CSV" and "Print day close".
 */
public final class DayCloseView {
    private final DayCloseViewModel vm;
    private final I18n i18n;
    private final Formats formats;

    public DayCloseView(DayCloseViewModel vm, Formats formats) {
        this.vm = vm;
        this.i18n = formats.i18n();
        this.formats = formats;
    }

    public Parent root() {
        TableView<DayCloseRow> t = table();
        VBox.setVgrow(t, Priority.ALWAYS);
        VBox csv = PrintRow.of(i18n, vm.csv(), "dayClose.exportCsv", "day-close-csv", vm::exportCsv);
        VBox pdf = PrintRow.of(i18n, vm.pdf(), "dayClose.print", "day-close-print", vm::print);
        csv.getChildren().get(0).disableProperty().bind(vm.report().isNull());
        pdf.getChildren().get(0).disableProperty().bind(vm.report().isNull());
        HBox.setHgrow(csv, Priority.ALWAYS);
        HBox.setHgrow(pdf, Priority.ALWAYS);
        csv.setMaxWidth(Double.MAX_VALUE);
        pdf.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(8, t, new HBox(16, pdf, csv));
        box.setPadding(new Insets(8));
        return box;
    }

    private TableView<DayCloseRow> table() {
        TableView<DayCloseRow> t = new TableView<>();
        t.setId("day-close-table");
        t.getColumns().addAll(List.of(
                Columns.flex(Columns.text(i18n.text("cashier.cashier"), 160, r -> r.cashierName() == null ? ""
                        : r.cashierName())),
                Columns.text(i18n.text("payment.method"), 110, r -> r.method() == null ? ""
                        : formats.word("PaymentMethod", r.method())),
                Columns.text(i18n.text("dayClose.count"), 60, r -> formats.number(r.count())),
                Columns.money(formats, i18n.text("dayClose.moneyIn"), 110, DayCloseRow::moneyIn),
                Columns.money(formats, i18n.text("dayClose.moneyOut"), 110, DayCloseRow::moneyOut),
                Columns.money(formats, i18n.text("dayClose.net"), 110, DayCloseRow::net),
                Columns.text(i18n.text("dayClose.receipts"), 220, DayCloseView::run),
                Columns.flex(Columns.text(i18n.text("dayClose.cancelled"), 140, DayCloseView::cancelled))));
        t.getColumns().get(2).getStyleClass().add("money"); // a count: right-aligned, its title too
        Totals.install(t, vm.rows(), rows -> total());
        i18n.locale().addListener(o -> Totals.refresh(t));
        Columns.follow(t, formats);
        Columns.fit(t, formats);
        t.setMinHeight(150);
        t.setPlaceholder(Feedback.placeholder(i18n, vm.loading(), i18n.text("dayClose.none")));
        return t;
    }

    /** The totals row: the server's totals (the sums of the rows). */
    private DayCloseRow total() {
        DayCloseTotals s = vm.report().get() == null ? new DayCloseTotals(0, "0.00", "0.00", "0.00", 0)
                : vm.report().get().totals();
        return new DayCloseRow(0, i18n.get("totals.total"), null, s.count(), s.moneyIn(), s.moneyOut(), s.net(), null,
                null, s.cancelledCount(), List.of());
    }

    /** The row's receipt numbers, first to last ("RC2570-000001 – RC2570-000014"), or nothing (only credit notes). */
    static String run(DayCloseRow r) {
        if (r.firstReceipt() == null) {
            return "";
        }
        return r.firstReceipt().equals(r.lastReceipt()) ? r.firstReceipt() : r.firstReceipt() + " – " + r.lastReceipt();
    }

    /** "2: RC2570-000004, RC2570-000009", or nothing. */
    static String cancelled(DayCloseRow r) {
        if (r.cancelledCount() == 0) {
            return "";
        }
        return r.cancelledNumbers().isEmpty() ? Integer.toString(r.cancelledCount())
                : r.cancelledCount() + ": " + String.join(", ", r.cancelledNumbers());
    }
}
