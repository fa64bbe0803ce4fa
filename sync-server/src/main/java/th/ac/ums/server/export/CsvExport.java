package th.ac.ums.server.export;

import io.helidon.http.HeaderNames;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import th.ac.ums.model.validation.UnicodeText;
import th.ac.ums.server.http.Call;
import th.ac.ums.server.paging.ListQuery;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Json;

/**
 * {@code GET /{resource}/export}: every row matching the list's filters, streamed as CSV
 * (UTF-8 with a BOM so spreadsheet programs read Thai) at constant memory: one streaming
 * query in index order, each row mapped and written as it arrives. Cells a spreadsheet would
 * take for a formula (starting, after spaces and invisible characters and in any compatibility
 * form, with = + - @ | or a minus sign, or holding a tab, CR or LF before that) are neutralised
 * with a leading apostrophe.
 */
public final class CsvExport {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private final Db db;
    private final Clock clock;

    public CsvExport(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void stream(Call call, ListSpec<?> spec, PageRequest request, Consumer<ListQuery> customize,
                       Class<? extends Record> shape) {
        ListQuery query = new ListQuery(spec, request);
        customize.accept(query);
        ListQuery.Sql sql = query.all();
        stream(call, spec, sql.text(), sql.params(), shape);
    }

    /**
     * Streams the rows of a statement built elsewhere (a search), mapped by the list's mapper, as CSV
     * or, with {@code format=xlsx}, as an Excel workbook (Thai staff open exports in Excel).
     */
    public void stream(Call call, ListSpec<?> spec, String text, List<Object> params, Class<? extends Record> shape) {
        RecordComponent[] components = shape.getRecordComponents();
        boolean xlsx = format(call);
        String name = spec.name() + "-" + LocalDate.now(clock.withZone(ZoneOffset.UTC));
        call.response().header(HeaderNames.CONTENT_TYPE, xlsx ? XlsxSheet.MEDIA_TYPE : "text/csv; charset=utf-8");
        call.response().header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name
                + (xlsx ? ".xlsx" : ".csv") + "\"");
        db.jdbcRead(c -> {
            try (PreparedStatement ps = c.prepareStatement(text, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(Integer.MIN_VALUE);
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery(); OutputStream out = call.response().outputStream()) {
                    if (xlsx) {
                        XlsxSheet.write(out, spec, rs, components);
                    } else {
                        write(out, rs, spec, components);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return null;
        });
    }

    /**
     * A small table made in memory (a report such as the day close) as CSV, the exports' way: UTF-8
     * with a BOM, CRLF, a header row, cells that look like formulas neutralised.
     */
    public void table(Call call, String name, List<String> header, List<List<Object>> rows) {
        call.response().header(HeaderNames.CONTENT_TYPE, "text/csv; charset=utf-8");
        call.response().header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"");
        try (OutputStream out = call.response().outputStream()) {
            out.write(BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                    .setRecordSeparator("\r\n").get());
            for (List<Object> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(v -> cells.add(cell(v)));
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export's format: {@code csv} (the default) or {@code xlsx}. */
    private static boolean format(Call call) {
        String format = call.query().value("format").orElse("csv");
        return switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw th.ac.ums.server.domain.Refusal.invalid("format", "must be csv or xlsx");
        };
    }

    private static void write(OutputStream out, ResultSet rs, ListSpec<?> spec, RecordComponent[] components)
            throws java.sql.SQLException, IOException {
        out.write(BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        for (RecordComponent rc : components) {
            header.add(rc.getName());
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\r\n").get());
        ResultSetMetaData meta = rs.getMetaData();
        List<String> cells = new ArrayList<>(components.length);
        while (rs.next()) {
            Object dto = spec.mapper().apply(new ResultSetRow(rs, meta));
            cells.clear();
            for (RecordComponent rc : components) {
                cells.add(cell(value(rc, dto)));
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }

    static Object value(RecordComponent rc, Object dto) {
        try {
            return rc.getAccessor().invoke(dto);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a cell; formula-looking text is neutralised (CSV injection). */
    /** The text of a value (lists joined, records as JSON), before any neutralisation. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(v instanceof Record r ? recordText(r) : String.valueOf(v)));
            text = String.join("; ", parts);
        } else if (value instanceof Map<?, ?> || value instanceof Record) {
            text = new String(Json.write(value), StandardCharsets.UTF_8);
        } else {
            text = String.valueOf(value);
        }
        return text;
    }

    /** The text of a cell; formula-looking text is neutralised (CSV injection). */
    static String cell(Object value) {
        return neutralise(text(value));
    }

    /**
     * A cell a spreadsheet could take for a formula gets a leading apostrophe. Spreadsheet programs
     * skip leading spaces and invisible characters and accept compatibility forms (full-width ＝,
     * small ﹢, the minus sign −), so the first visible character is judged in NFKC form: = + - @,
     * a minus sign, or a tab, CR or LF anywhere before it.
     */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }

    static boolean looksLikeFormula(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\r' || cp == '\n') {
                return true;
            }
            if (UnicodeText.isSpace(cp) || UnicodeText.isHidden(cp)) {
                continue;
            }
            String visible = java.text.Normalizer.normalize(Character.toString(cp), java.text.Normalizer.Form.NFKC);
            return !visible.isEmpty() && ("=+-@|\u2212".indexOf(visible.charAt(0)) >= 0);
        }
        return false;
    }

    private static String recordText(Record r) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            parts.add(String.valueOf(value(rc, r)));
        }
        return String.join(" ", parts);
    }
}
