package th.ac.ums.server.finance;

import static th.ac.ums.server.platform.Rows.instant;
import static th.ac.ums.server.platform.Rows.lng;
import static th.ac.ums.server.platform.Rows.money;
import static th.ac.ums.server.platform.Rows.optLong;
import static th.ac.ums.server.platform.Rows.str;

import io.helidon.dbclient.DbRow;
import java.time.Instant;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;

/** How the lines of bank files are listed (the bursar's unmatched list first of all), newest payment first. */
public final class BankLines {
    /** What became of a line: matched on upload, unmatched, then assigned to an invoice or returned. */
    public enum Outcome { MATCHED, UNMATCHED, ASSIGNED, RETURNED }

    /** A line of a bank file as the API shows it. */
    public record BankLineDto(long id, long version, String bank, String transactionId, long fileId, int lineNo,
                              Instant paidAt, String amount, String ref1, String ref2, String channel, String outcome,
                              String reason, Long invoiceId, Long paymentId, String note, Long resolvedBy,
                              Instant resolvedAt) {
    }

    static final String COLUMNS = "bl.id, bl.version, bl.bank, bl.txn_id, bl.file_id, bl.line_no, bl.paid_at, "
            + "bl.amount, bl.ref1, bl.ref2, bl.channel, bl.outcome, bl.reason, bl.invoice_id, bl.payment_id, bl.note, "
            + "bl.resolved_by, bl.resolved_at";

    public static final ListSpec<BankLineDto> LINES = ListSpec.builder("bank-lines", "bank_transactions", "bl")
            .select(COLUMNS)
            .filter(Filter.oneOf("outcome", "bl.outcome", Outcome.class))
            .filter(Filter.text("bank", "bl.bank", 16))
            .filter(Filter.date("from", "bl.paid_at >= ?"))
            .filter(Filter.date("to", "bl.paid_at < ? + INTERVAL 1 DAY"))
            .sort("paidAt", "bl.paid_at", "bl.id")
            .defaultSort("paidAt", true)
            .path("ix_bank_transactions_paid", "paidAt")
            .path("ix_bank_transactions_outcome_paid", "paidAt", "outcome")
            .path("ix_bank_transactions_bank_outcome_paid", "paidAt", "bank", "outcome")
            .mapper(BankLines::line)
            .build();

    private BankLines() {
    }

    public static BankLineDto line(DbRow r) {
        return new BankLineDto(lng(r, "id"), lng(r, "version"), str(r, "bank"), str(r, "txn_id"), lng(r, "file_id"),
                (int) lng(r, "line_no"), instant(r, "paid_at"), money(r, "amount"), str(r, "ref1"), str(r, "ref2"),
                str(r, "channel"), str(r, "outcome"), str(r, "reason"), optLong(r, "invoice_id"),
                optLong(r, "payment_id"), str(r, "note"), optLong(r, "resolved_by"), instant(r, "resolved_at"));
    }
}
