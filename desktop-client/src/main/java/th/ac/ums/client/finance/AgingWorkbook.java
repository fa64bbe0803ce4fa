package th.ac.ums.client.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import th.ac.ums.client.finance.AgingViewModel.Row;

/**
 * The aging report as an Excel workbook: the same columns as its CSV, amounts as numbers shown
 * with grouping and two decimals, text always text (a cell is never a formula), the totals row
 * last and bold.
 */
final class AgingWorkbook {
    private AgingWorkbook() {
    }

    static void write(OutputStream out, List<String> header, List<Row> rows, Row totals, String totalWord,
                      Function<Row, String> name) throws IOException {
        Workbook wb = new Workbook(out, "UMS Console", "1.0");
        Worksheet ws = wb.newWorksheet("Aging");
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        ws.range(0, 0, 0, header.size() - 1).style().bold().set();
        int r = 1;
        for (Row row : rows) {
            line(ws, r++, row.code(), name.apply(row), row);
        }
        if (totals != null) {
            line(ws, r, "", totalWord, totals);
            ws.range(r, 0, r, header.size() - 1).style().bold().set();
        }
        wb.finish();
    }

    private static void line(Worksheet ws, int r, String code, String name, Row row) {
        ws.value(r, 0, code == null ? "" : code);
        ws.value(r, 1, name == null ? "" : name);
        int c = 2;
        for (Bucket b : AgingViewModel.BUCKETS) {
            ws.value(r, c, row.of(b));
            ws.style(r, c++).format("#,##0.00").set();
        }
        ws.value(r, c, row.outstanding());
        ws.style(r, c).format("#,##0.00").set();
    }
}
