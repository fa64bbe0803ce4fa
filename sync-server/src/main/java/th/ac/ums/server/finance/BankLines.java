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
import th.ac.ums.server.platform.Rows;

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

    /** Lines as one is found by id (no day filters: those need the university's time zone). */
    public static final ListSpec<BankLineDto> LINES = listed(java.time.ZoneOffset.UTC);

    /**
     * The list of lines, {@code from} and {@code to} being days of the university's time zone (as the
     * console shows times): a line paid at 06:30 in Bangkok on 2 December is a line of 2 December,
     * though it is still 1 December in UTC. Bound as the day's first instant and the next day's, a
     * range of the {@code paid_at} indexes.
     */
    public static ListSpec<BankLineDto> listed(java.time.ZoneId zone) {
        return ListSpec.builder("bank-lines", "bank_transactions", "bl")
                .select(COLUMNS)
                .filter(Filter.oneOf("outcome", "bl.outcome", Outcome.class))
                .filter(Filter.text("bank", "bl.bank", 16))
                .filter(Filter.date("from", "bl.paid_at >= ?", day -> start(day, zone)))
                .filter(Filter.date("to", "bl.paid_at < ?", day -> start(day.plusDays(1), zone)))
                .sort("paidAt", "bl.paid_at", "bl.id")
                .defaultSort("paidAt", true)
                .path("ix_bank_transactions_paid", "paidAt")
                .path("ix_bank_transactions_outcome_paid", "paidAt", "outcome")
                .path("ix_bank_transactions_bank_outcome_paid", "paidAt", "bank", "outcome")
                .mapper(BankLines::line)
                .build();
    }

    private static java.time.LocalDateTime start(java.time.LocalDate day, java.time.ZoneId zone) {
        return Rows.utc(day.atStartOfDay(zone).toInstant());
    }

    private BankLines() {
    }

    public static BankLineDto line(DbRow r) {
        return new BankLineDto(lng(r, "id"), lng(r, "version"), str(r, "bank"), str(r, "txn_id"), lng(r, "file_id"),
                (int) lng(r, "line_no"), instant(r, "paid_at"), money(r, "amount"), str(r, "ref1"), str(r, "ref2"),
                str(r, "channel"), str(r, "outcome"), str(r, "reason"), optLong(r, "invoice_id"),
                optLong(r, "payment_id"), str(r, "note"), optLong(r, "resolved_by"), instant(r, "resolved_at"));
    }
}
