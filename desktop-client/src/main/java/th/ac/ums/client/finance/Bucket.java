package th.ac.ums.client.finance;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An aging bucket and the invoices in it: the filters of {@code GET /invoices} that list exactly
 * the invoices the aging report counts in it (api.md: from an aging bucket to its invoices), from
 * the report's own day {@code asOf}.
 */
public enum Bucket {
    CURRENT("aging.current"), DAYS_0_30("aging.d30"), DAYS_31_60("aging.d60"), DAYS_61_90("aging.d90"),
    DAYS_90_PLUS("aging.d90plus"),
    /** Every invoice with something left to pay. */
    OUTSTANDING("aging.outstanding"),
    /** Every overdue invoice with something left to pay (the four overdue buckets together). */
    OVERDUE("finance.overdue");

    private final String key;

    Bucket(String key) {
        this.key = key;
    }

    /** Its name (a message key). */
    public String key() {
        return key;
    }

    /** The first and last due day of the bucket on the report's day (null: open-ended). */
    public LocalDate from(LocalDate asOf) {
        return switch (this) {
            case CURRENT -> asOf;
            case DAYS_0_30 -> asOf.minusDays(30);
            case DAYS_31_60 -> asOf.minusDays(60);
            case DAYS_61_90 -> asOf.minusDays(90);
            default -> null;
        };
    }

    public LocalDate to(LocalDate asOf) {
        return switch (this) {
            case DAYS_0_30, OVERDUE -> asOf.minusDays(1);
            case DAYS_31_60 -> asOf.minusDays(31);
            case DAYS_61_90 -> asOf.minusDays(61);
            case DAYS_90_PLUS -> asOf.minusDays(91);
            default -> null;
        };
    }

    /** {@code outstanding=true} and the due-date range of the bucket. */
    public Map<String, String> filters(LocalDate asOf) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("outstanding", "true");
        LocalDate from = from(asOf);
        LocalDate to = to(asOf);
        if (from != null) {
            f.put("dueFrom", from.toString());
        }
        if (to != null) {
            f.put("dueTo", to.toString());
        }
        return f;
    }
}
