package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import th.ac.ums.server.finance.ReportRollups.Rollup;

/** Which rollups a change makes stale, and how often the refresher looks. */
class RollupRefresherTest {
    @Test
    void aPaymentTouchesEveryReportAnInvoiceTheMoneyOnesAnApplicationOnlyTheDashboard() {
        assertEquals(EnumSet.allOf(Rollup.class), RollupRefresher.touchedBy("payment"));
        assertEquals(EnumSet.of(Rollup.AGING_FACULTY, Rollup.AGING_PROGRAM, Rollup.FINANCE),
                RollupRefresher.touchedBy("invoice"));
        assertEquals(EnumSet.of(Rollup.AGING_FACULTY, Rollup.AGING_PROGRAM, Rollup.DASHBOARD),
                RollupRefresher.touchedBy("student"));
        assertEquals(EnumSet.of(Rollup.DASHBOARD), RollupRefresher.touchedBy("application"));
        assertEquals(EnumSet.noneOf(Rollup.class), RollupRefresher.touchedBy("user"));
        assertEquals(EnumSet.noneOf(Rollup.class), RollupRefresher.touchedBy("hold"));
    }

    @Test
    void theRefresherLooksTwicePerDelayBetweenFiftyMillisecondsAndASecond() {
        assertEquals(1000, new RollupRefresher.Timing(Duration.ofSeconds(5), Duration.ofMinutes(1))
                .tickMillis());
        assertEquals(50, new RollupRefresher.Timing(Duration.ofMillis(100), Duration.ofMinutes(1)).tickMillis());
        assertEquals(50, new RollupRefresher.Timing(Duration.ofMillis(10), Duration.ofMinutes(1)).tickMillis());
        assertEquals(400, new RollupRefresher.Timing(Duration.ofMillis(800), Duration.ofMinutes(1)).tickMillis());
    }

    @Test
    void agingRollupsFollowTheGrouping() {
        assertEquals(Rollup.AGING_PROGRAM, Rollup.aging("program"));
        assertEquals(Rollup.AGING_FACULTY, Rollup.aging("faculty"));
    }
}
