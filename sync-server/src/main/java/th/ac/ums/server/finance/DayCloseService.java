package th.ac.ums.server.finance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.ac.ums.model.Dtos.DayCloseDto;
import th.ac.ums.model.Dtos.DayCloseRow;
import th.ac.ums.model.Dtos.DayCloseTotals;
import th.ac.ums.model.Money;
import th.ac.ums.server.platform.Db;

/**
 * The cashiers' day close: every receipt and credit note issued on one day of the university's zone
 * (that is, every payment and refund recorded that day through the API), summed per cashier (the
 * user who recorded it) and method, with the run of receipt numbers and the receipts since cancelled.
 * One index range of a day's receipts, read when asked (a day is small; no rollup is kept).
 */
public final class DayCloseService {
    private final Db db;
    private final FiscalYear fiscalYear;
    private final Clock clock;
    private final ReceiptRepository receipts = new ReceiptRepository();

    public DayCloseService(Db db, FiscalYear fiscalYear, Clock clock) {
        this.db = db;
        this.fiscalYear = fiscalYear;
        this.clock = clock;
    }

    /** Today in the university's zone. */
    public LocalDate today() {
        return fiscalYear.dayOf(clock.instant());
    }

    /** The day close of {@code day}. */
    public DayCloseDto report(LocalDate day) {
        List<ReceiptRepository.DayEntry> entries = db.readPrimary(exec -> receipts.issuedOn(exec, day));
        Map<String, Group> groups = new LinkedHashMap<>();
        Group all = new Group(0, null, null);
        for (ReceiptRepository.DayEntry e : entries) {
            groups.computeIfAbsent(e.cashierId() + "/" + e.method(), k -> new Group(e.cashierId(), e.cashierName(),
                    e.method())).add(e);
            all.add(e);
        }
        List<DayCloseRow> rows = groups.values().stream()
                .sorted(Comparator.comparing((Group g) -> g.cashierName == null ? "" : g.cashierName)
                        .thenComparingLong(g -> g.cashierId).thenComparing(g -> g.method))
                .map(Group::row).toList();
        return new DayCloseDto(day, fiscalYear.zone().getId(), day.atStartOfDay(fiscalYear.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(fiscalYear.zone()).toInstant(), rows,
                new DayCloseTotals(all.count, Money.format(all.in), Money.format(all.out),
                        Money.format(all.in.subtract(all.out)), all.cancelled.size()));
    }

    /** The running sums of one cashier and method (or of the whole day). */
    private static final class Group {
        final long cashierId;
        final String cashierName;
        final String method;
        int count;
        BigDecimal in = Money.ZERO;
        BigDecimal out = Money.ZERO;
        ReceiptRepository.DayEntry first;
        ReceiptRepository.DayEntry last;
        final List<String> cancelled = new ArrayList<>();

        Group(long cashierId, String cashierName, String method) {
            this.cashierId = cashierId;
            this.cashierName = cashierName;
            this.method = method;
        }

        void add(ReceiptRepository.DayEntry e) {
            count++;
            if ("RECEIPT".equals(e.kind())) {
                in = in.add(e.amount());
                first = first == null || e.serial() < first.serial() ? e : first;
                last = last == null || e.serial() > last.serial() ? e : last;
            } else {
                out = out.add(e.amount());
            }
            if (e.cancelled()) {
                cancelled.add(e.number());
            }
        }

        DayCloseRow row() {
            return new DayCloseRow(cashierId, cashierName, method, count, Money.format(in), Money.format(out),
                    Money.format(in.subtract(out)), first == null ? null : first.number(),
                    last == null ? null : last.number(), cancelled.size(), List.copyOf(cancelled));
        }
    }
}
