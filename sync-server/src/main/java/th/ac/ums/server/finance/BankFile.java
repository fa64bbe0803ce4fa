package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.model.validation.DateRules;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Rules;
import th.ac.ums.server.students.CsvFiles;
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

    /** Reads the file; a payment time is checked as {@code POST /payments} checks one at {@code now}. */
    public static BankFile read(BankLayouts.Layout layout, byte[] body, Instant now) {
        TextFiles.Decoded file = TextFiles.decode(body);
        List<Line> lines = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CsvFiles.read(file.text(), header -> {
            List<String> missing = java.util.stream.Stream.of(BankLayouts.TXN_ID, BankLayouts.PAID_AT,
                    BankLayouts.AMOUNT).map(f -> layout.column(f).orElseThrow()).filter(c -> !header.contains(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw Refusal.invalid("file", "lacks the columns " + missing + " of the " + layout.code()
                        + " layout");
            }
        }, rec -> {
            if (rec.number() - 1 > MAX_LINES) { // lines, not errors: a line may have several
                throw Refusal.invalid("file", "has more than " + MAX_LINES + " lines; split it");
            }
            line(layout, rec, lines, errors, now);
        });
        if (lines.isEmpty() && errors.isEmpty()) {
            throw Refusal.invalid("file", "has no lines");
        }
        return new BankFile(file.encoding(), lines, errors);
    }

    private static void line(BankLayouts.Layout layout, CsvFiles.Row rec, List<Line> lines, List<FieldError> errors,
                             Instant now) {
        int number = rec.number();
        String prefix = "row[" + number + "].";
        int before = errors.size();
        String txn = cell(layout, rec, BankLayouts.TXN_ID);
        if (txn == null) {
            errors.add(new FieldError(prefix + "transactionId", "is missing"));
        } else {
            text(txn, prefix + "transactionId", 64, errors);
        }
        Instant paidAt = paidAt(layout, cell(layout, rec, BankLayouts.PAID_AT));
        if (paidAt == null) {
            errors.add(new FieldError(prefix + "paidAt", "is not a date and time like "
                    + layout.paidAt().format(LocalDateTime.of(2026, 8, 3, 14, 30, 0))));
        } else {
            Errors e = new Errors();
            DateRules.received(e, prefix + "paidAt", paidAt, now); // the rule of POST /payments' receivedAt
            errors.addAll(e.list());
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

    private static String cell(BankLayouts.Layout layout, CsvFiles.Row rec, String field) {
        return layout.column(field).flatMap(rec::cell).orElse(null);
    }

    private static String limited(String value, String field, List<FieldError> errors) {
        text(value, field, 40, errors);
        return value;
    }

    /** The project's text rule: well-formed, at most {@code max} characters, no control characters. */
    private static void text(String value, String field, int max, List<FieldError> errors) {
        Errors e = new Errors();
        Rules.text(e, field, value, max);
        errors.addAll(e.list());
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
