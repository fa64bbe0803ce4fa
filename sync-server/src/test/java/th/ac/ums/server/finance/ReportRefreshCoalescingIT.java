package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/** A burst of changes is one refresh per refresh-delay, not one per change: refreshes do not pile up. */
class ReportRefreshCoalescingIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv().with("reports.refresh-delay", "PT2S").with("reports.max-age", "PT1H");
    static Api finance;

    @BeforeAll
    static void seed() {
        env.seed(100);
        finance = new Staff(env).signedIn(Role.FINANCE).api(env);
    }

    /** Whole refreshes stored so far, from the server's own metric. */
    private static double refreshes() {
        return env.api().get("/observe/metrics").text().lines()
                .filter(l -> l.startsWith("ums_report_refresh_seconds_count{") && l.contains("report=\"all\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void tenPaymentsInABurstAreOneRefreshPerDelayNotOneEachAndAllCounted() throws Exception {
        env.awaitReports();
        double before = refreshes();
        JsonNode figures = finance.get("/api/v1/reports/finance").json();
        long invoice = ReportRollupsIT.openInvoice(finance);
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            ReportRollupsIT.pay(finance, invoice, "1.00", env.clock().instant());
        }
        long burstMillis = (System.nanoTime() - started) / 1_000_000;
        BigDecimal expected = ReportRollupsIT.money(figures, "outstanding").subtract(new BigDecimal("10.00"));
        JsonNode after = ReportRollupsIT.until(finance, "/api/v1/reports/finance",
                f -> ReportRollupsIT.money(f, "outstanding").equals(expected));
        env.awaitReports();
        double made = refreshes() - before;
        // one at the first change, then at most one per refresh-delay (2 s) while the burst lasts, one after it
        long allowed = 2 + burstMillis / 2000;
        assertTrue(made >= 1 && made <= allowed, "ten changes in " + burstMillis + " ms, " + made + " refreshes");
        assertEquals(expected, ReportRollupsIT.money(after, "outstanding"));
    }

    @Test
    void aPaymentRecountsOnlyItsOwnMonthOfTheDashboardEvenBackdated() throws Exception {
        env.awaitReports();
        JsonNode dashboard = finance.get("/api/v1/reports/dashboard").json();
        Instant now = env.clock().instant();
        YearMonth thisMonth = YearMonth.from(now.atZone(ZoneOffset.UTC));
        Instant earlier = thisMonth.minusMonths(2).atDay(10).atStartOfDay(ZoneOffset.UTC).toInstant();
        long invoice = ReportRollupsIT.openInvoice(finance);
        ReportRollupsIT.pay(finance, invoice, "2.00", now);
        ReportRollupsIT.pay(finance, invoice, "3.00", earlier);
        YearMonth before = thisMonth.minusMonths(2);
        JsonNode after = ReportRollupsIT.until(finance, "/api/v1/reports/dashboard",
                d -> ReportRollupsIT.paidIn(d, before).equals(ReportRollupsIT.paidIn(dashboard, before)
                        .add(new BigDecimal("3.00"))) && ReportRollupsIT.paidIn(d, thisMonth)
                        .equals(ReportRollupsIT.paidIn(dashboard, thisMonth).add(new BigDecimal("2.00"))));
        for (JsonNode month : after.get("paymentsByMonth")) {
            YearMonth m = YearMonth.parse(month.get("month").asText());
            if (!m.equals(before) && !m.equals(thisMonth)) {
                assertEquals(ReportRollupsIT.paidIn(dashboard, m), ReportRollupsIT.paidIn(after, m), m.toString());
            }
        }
    }
}
