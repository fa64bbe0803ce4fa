package th.ac.ums.server.finance;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.students.TextFiles;

/**
 * A bank's bill-payment file read by its layout: every line with a transaction id, a time and an
 * amount, or a problem named {@code row[N].field} (N: the line number in the file, the header being
 * line 1), as the student import names them.
 */
public record BankFile(String encoding, List<Line> lines, List<FieldError> errors) {
    public static final int MAX_LINES = 100_000;

    /** One readable line of the file. */
    public record Line(int number, String txnId, Instant paidAt, BigDecimal amount, String ref1, String ref2,
                       String channel) {
    }

    public static BankFile read(BankLayouts.Layout layout, byte[] body) {
        TextFiles.Decoded file = TextFiles.decode(body);
        List<Line> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get().parse(new StringReader(file.text()))) {
            Set<String> header = new HashSet<>(parser.getHeaderNames());
            List<String> missing = java.util.stream.Stream.of(BankLayouts.TXN_ID, BankLayouts.PAID_AT,
                    BankLayouts.AMOUNT).map(f -> layout.column(f).orElseThrow()).filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw Refusal.invalid("file", "lacks the columns " + missing + " of the " + layout.code()
                        + " layout");
            }
            for (CSVRecord rec : parser) {
                if (lines.size() + errors.size() >= MAX_LINES) {
                    throw Refusal.invalid("file", "has more than " + MAX_LINES + " lines; split it");
                }
                line(layout, rec, lines, errors);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw Refusal.invalid("file", "is not a CSV file with a header row");
        }
        if (lines.isEmpty() && errors.isEmpty()) {
            throw Refusal.invalid("file", "has no lines");
        }
        return new BankFile(file.encoding(), lines, errors);
    }

    private static void line(BankLayouts.Layout layout, CSVRecord rec, List<Line> lines, List<FieldError> errors) {
        int number = (int) rec.getRecordNumber() + 1;
        String prefix = "row[" + number + "].";
        int before = errors.size();
        String txn = cell(layout, rec, BankLayouts.TXN_ID);
        if (txn == null) {
            errors.add(new FieldError(prefix + "transactionId", "is missing"));
        } else if (txn.length() > 64) {
            errors.add(new FieldError(prefix + "transactionId", "must be at most 64 characters"));
        }
        Instant paidAt = paidAt(layout, cell(layout, rec, BankLayouts.PAID_AT));
        if (paidAt == null) {
            errors.add(new FieldError(prefix + "paidAt", "is not a date and time like "
                    + layout.paidAt().format(LocalDateTime.of(2026, 8, 3, 14, 30, 0))));
        }
        BigDecimal amount = amount(cell(layout, rec, BankLayouts.AMOUNT));
        if (amount == null) {
            errors.add(new FieldError(prefix + "amount", "must be an amount above 0 with at most two decimals, "
                    + "like 1500.00"));
        }
        String ref1 = limited(cell(layout, rec, BankLayouts.REF1), prefix + "ref1", errors);
        String ref2 = limited(cell(layout, rec, BankLayouts.REF2), prefix + "ref2", errors);
        String channel = limited(cell(layout, rec, BankLayouts.CHANNEL), prefix + "channel", errors);
        if (errors.size() == before) {
            lines.add(new Line(number, txn, paidAt, amount, ref1, ref2, channel));
        }
    }

    private static String cell(BankLayouts.Layout layout, CSVRecord rec, String field) {
        return layout.column(field).filter(c -> rec.isMapped(c) && rec.isSet(c)).map(rec::get).map(String::strip)
                .filter(v -> !v.isEmpty()).orElse(null);
    }

    private static String limited(String value, String field, List<FieldError> errors) {
        if (value != null && value.length() > 40) {
            errors.add(new FieldError(field, "must be at most 40 characters"));
        }
        return value;
    }

    private static Instant paidAt(BankLayouts.Layout layout, String cell) {
        if (cell == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(cell, layout.paidAt()).atZone(layout.zone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An amount as banks write it (thousands separators allowed): above 0, at most two decimals. */
    static BigDecimal amount(String cell) {
        if (cell == null) {
            return null;
        }
        String plain = cell.replace(",", "");
        if (!plain.matches("^[0-9]{1,12}(\\.[0-9]{1,2})?$")) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain).setScale(2);
        return value.signum() > 0 ? value : null;
    }
}
