package th.ac.ums.client.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Review;
import th.ac.ums.model.Dtos.BankBucket;
import th.ac.ums.model.Dtos.BankFileReport;
import th.ac.ums.model.validation.FieldError;

/**
 * The review of a checked bank file, in words: the bank and file, its lines and total, what will be
 * recorded, what was recorded before, what will wait on the unmatched list and why, the sum of the
 * three against the file's total, and every unreadable line (then nothing can be recorded).
 */
final class BankFileReview {
    /** A field of a line as the server names it: {@code row[7].amount}. */
    private static final Pattern ROW_FIELD = Pattern.compile("row\\[(\\d+)]\\.(\\w+)");
    private final Formats formats;
    private final I18n i18n;

    BankFileReview(Formats formats) {
        this.formats = formats;
        this.i18n = formats.i18n();
    }

    Review.Sheet sheet(BankFileReport r, String bankName, String fileName, boolean committable) {
        List<Review.Line> lines = new ArrayList<>();
        lines.add(new Review.Line(i18n.get("bank.review.bank"), bankName));
        lines.add(new Review.Line(i18n.get("bank.review.file"), fileName));
        lines.add(new Review.Line(i18n.get("bank.review.lines"), i18n.get("bank.review.linesValue",
                formats.number(r.lines()), formats.number(errors(r).size()))));
        lines.add(new Review.Line(i18n.get("bank.review.total"), formats.amount(r.total())));
        lines.add(new Review.Line(i18n.get("bank.review.matched"), bucket(r.matched())));
        lines.add(new Review.Line(i18n.get("bank.review.already"), bucket(r.alreadyRecorded())));
        lines.add(new Review.Line(i18n.get("bank.review.unmatched"), bucket(r.unmatched())));
        if (r.unmatchedByReason() != null) {
            r.unmatchedByReason().forEach((reason, b) -> lines.add(new Review.Line("    "
                    + formats.word("BankLineReason", reason), bucket(b))));
        }
        lines.add(new Review.Line(i18n.get("bank.review.sum"), sum(r)));
        String warning = !errors(r).isEmpty() ? i18n.get("bank.review.hasErrors", formats.number(errors(r).size()))
                : r.matched().count() == 0 ? i18n.get("bank.review.nothing") : "";
        List<String> names = errors(r).stream().map(this::describe).toList();
        String confirm = committable ? i18n.get("bank.review.record", formats.number(r.matched().count()),
                formats.amount(r.matched().amount())) : i18n.get("bank.review.cannotRecord");
        return new Review.Sheet("bank-review", i18n.get("bank.review.title"), i18n.get("bank.review.heading",
                fileName, bankName), lines, names, warning, confirm);
    }

    /** "3 lines, 4,500.00 THB". */
    private String bucket(BankBucket b) {
        return i18n.get(b.count() == 1 ? "bank.bucket.one" : "bank.bucket.many", formats.number(b.count()),
                formats.amount(b.amount()));
    }

    /** "4,500.00 + 1,500.00 + 3,000.00 = 9,000.00 THB": the three add up to the file's total, visibly. */
    private String sum(BankFileReport r) {
        BigDecimal total = BankUploadViewModel.amount(r.matched()).add(BankUploadViewModel.amount(r.alreadyRecorded()))
                .add(BankUploadViewModel.amount(r.unmatched()));
        String line = formats.money(r.matched().amount()) + " + " + formats.money(r.alreadyRecorded().amount()) + " + "
                + formats.money(r.unmatched().amount()) + " = " + formats.amount(total);
        return BankUploadViewModel.addsUp(r) ? line : line + " ≠ " + formats.amount(r.total());
    }

    private static List<FieldError> errors(BankFileReport r) {
        return r.errors() == null ? List.of() : r.errors();
    }

    /** "Line 7, Amount: must be an amount above 0…". */
    String describe(FieldError e) {
        Matcher m = ROW_FIELD.matcher(e.field() == null ? "" : e.field());
        if (!m.matches()) {
            return (e.field() == null ? "" : e.field() + ": ") + e.message();
        }
        String key = "bank.field." + m.group(2);
        return i18n.get("import.errorLine", m.group(1), i18n.has(key) ? i18n.get(key) : m.group(2), e.message());
    }
}
