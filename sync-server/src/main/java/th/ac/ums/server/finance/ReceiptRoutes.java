package th.ac.ums.server.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import th.ac.ums.model.Dtos.DayCloseDto;
import th.ac.ums.model.Dtos.DayCloseRow;
import th.ac.ums.model.Inputs.CancelReceiptInput;
import th.ac.ums.model.Role;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.export.CsvExport;
import th.ac.ums.server.http.ApiRoutes;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.PageRequest;

/** Receipts and credit notes, their cancellation, and the cashiers' day close (FINANCE, ADMIN). */
public final class ReceiptRoutes implements ApiRoutes {
    /** The day of the day close: a date as the lists' date filters take it (1900 to 2199). */
    static final Filter DAY = Filter.date("date", "r.issued_on = ?");
    private static final List<String> CSV_HEADER = List.of("date", "cashierId", "cashierName", "method", "count",
            "moneyIn", "moneyOut", "net", "firstReceipt", "lastReceipt", "cancelledCount", "cancelledNumbers");

    private final Lister lister;
    private final ReceiptService receipts;
    private final DayCloseService dayClose;
    private final DayClosePrint print;
    private final CsvExport export;

    public ReceiptRoutes(Lister lister, ReceiptService receipts, DayCloseService dayClose, DayClosePrint print,
            CsvExport export) {
        this.lister = lister;
        this.receipts = receipts;
        this.dayClose = dayClose;
        this.print = print;
        this.export = export;
    }

    @Override
    public void routes(RouteTable.Builder r) {
        r.get(ApiPaths.RECEIPTS, Role.FINANCE_AREA, this::list).query(ReceiptLists.RECEIPTS.pageQuery())
                .get(ApiPaths.RECEIPT, Role.FINANCE_AREA, call -> call.ok(lister.one(ReceiptLists.RECEIPTS,
                        call.pathId("id"), "The receipt")))
                .post(ApiPaths.RECEIPT_CANCEL, Role.FINANCE_AREA, this::cancel)
                .get(ApiPaths.REPORTS_DAY_CLOSE, Role.FINANCE_AREA, this::dayClose).query("date", "format");
    }

    /** The list's request; a date window that ends before it starts is refused, not answered empty. */
    private void list(Call call) {
        PageRequest request = PageRequest.parse(call.query(), ReceiptLists.RECEIPTS, Set.of());
        Object from = request.filter("from");
        Object to = request.filter("to");
        if (from != null && to != null && ((LocalDate) from).isAfter((LocalDate) to)) {
            throw Refusal.invalid("to", "must not be before from");
        }
        call.ok(lister.list(ReceiptLists.RECEIPTS, request, q -> {
        }));
    }

    private void cancel(Call call) {
        long id = call.pathId("id");
        long version = call.ifMatch();
        call.ok(receipts.cancel(call.caller(), call.clientIp(), id, version, call.json(CancelReceiptInput.class)));
    }

    private void dayClose(Call call) {
        LocalDate day = call.query().value("date").map(raw -> (LocalDate) DAY.parser().apply(raw))
                .orElseGet(dayClose::today);
        String format = call.query().value("format").orElse("json");
        if (!List.of("json", "csv", "pdf").contains(format)) {
            throw Refusal.invalid("format", "must be json, csv or pdf");
        }
        DayCloseDto report = dayClose.report(day);
        switch (format) {
            case "json" -> call.ok(report);
            case "csv" -> export.table(call, "day-close-" + day, CSV_HEADER, csvRows(report));
            default -> DocumentRoutes.pdf(call, "day-close-" + day, out -> print.write(call.caller(), report, out));
        }
    }

    /** The report's rows, then its totals (cashier and method left empty). */
    static List<List<Object>> csvRows(DayCloseDto report) {
        List<List<Object>> rows = new ArrayList<>();
        for (DayCloseRow row : report.rows()) {
            rows.add(java.util.Arrays.asList(report.date(), row.cashierId(), row.cashierName(), row.method(),
                    row.count(), row.moneyIn(), row.moneyOut(), row.net(), row.firstReceipt(), row.lastReceipt(),
                    row.cancelledCount(), String.join(" ", row.cancelledNumbers())));
        }
        var t = report.totals();
        rows.add(java.util.Arrays.asList(report.date(), null, "TOTAL", null, t.count(), t.moneyIn(), t.moneyOut(),
                t.net(), null, null, t.cancelledCount(), null));
        return rows;
    }
}
