package th.ac.ums.server.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An export as an Excel workbook (fastexcel: streamed, a flush every 1,000 rows keeps memory flat at
 * a million rows). Money is a number with two decimals and digit grouping, dates are dates,
 * timestamps are shown in the university's zone; text cells are text (a workbook cell is never
 * taken for a formula, so nothing needs neutralising).
 */
final class XlsxSheet {
    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId ZONE = th.ac.ums.model.validation.DateRules.UNIVERSITY_ZONE;

    private XlsxSheet() {
    }

    static void write(OutputStream out, th.ac.ums.server.paging.ListSpec<?> spec, ResultSet rs,
                      RecordComponent[] components) throws SQLException, IOException {
        Workbook wb = new Workbook(out, "UMS Console", "1.0");
        Worksheet ws = wb.newWorksheet(spec.name());
        for (int c = 0; c < components.length; c++) {
            ws.value(0, c, components[c].getName());
            ws.style(0, c).bold().set();
        }
        ResultSetMetaData meta = rs.getMetaData();
        int r = 0;
        while (rs.next()) {
            r++;
            Object dto = spec.mapper().apply(new ResultSetRow(rs, meta));
            for (int c = 0; c < components.length; c++) {
                cell(ws, r, c, CsvExport.value(components[c], dto));
            }
            if (r % 1000 == 0) {
                ws.flush();
            }
        }
        wb.finish();
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s && s.matches("^-?[0-9]{1,12}\\.[0-9]{2}$")) {
            ws.value(r, c, new BigDecimal(s));
            ws.style(r, c).format("#,##0.00").set();
        } else if (value instanceof Number n) {
            ws.value(r, c, n);
        } else if (value instanceof Boolean b) {
            ws.value(r, c, b);
        } else if (value instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (value instanceof Instant t) {
            ws.value(r, c, t.atZone(ZONE).toLocalDateTime());
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else if (value instanceof Collection<?> || value instanceof Record || value instanceof java.util.Map<?, ?>) {
            ws.value(r, c, CsvExport.text(value));
        } else {
            ws.value(r, c, String.valueOf(value));
        }
    }
}
