package th.ac.ums.client.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bucket-to-filters table of api.md, from the report's day T. */
class BucketTest {
    private static final LocalDate T = LocalDate.of(2026, 12, 1);

    @Test
    void eachBucketListsTheInvoicesTheReportCountsInIt() {
        assertEquals(Map.of("outstanding", "true", "dueFrom", "2026-12-01"), Bucket.CURRENT.filters(T));
        assertEquals(Map.of("outstanding", "true", "dueFrom", "2026-11-01", "dueTo", "2026-11-30"),
                Bucket.DAYS_0_30.filters(T));
        assertEquals(Map.of("outstanding", "true", "dueFrom", "2026-10-02", "dueTo", "2026-10-31"),
                Bucket.DAYS_31_60.filters(T));
        assertEquals(Map.of("outstanding", "true", "dueFrom", "2026-09-02", "dueTo", "2026-10-01"),
                Bucket.DAYS_61_90.filters(T));
        assertEquals(Map.of("outstanding", "true", "dueTo", "2026-09-01"), Bucket.DAYS_90_PLUS.filters(T));
        assertEquals(Map.of("outstanding", "true", "dueTo", "2026-11-30"), Bucket.OVERDUE.filters(T));
        assertEquals(Map.of("outstanding", "true"), Bucket.OUTSTANDING.filters(T));
    }
}
