package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * GET /reports/finance: outstanding and overdue as the aging report counts them, the open and
 * overdue invoices, and what was collected and refunded this month, a month of the university's
 * time zone (Asia/Bangkok by default, answered by GET /me as timeZone).
 */
class FinanceFiguresIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    /** 01:00 on 1 December in Bangkok, still 30 November in UTC. */
    static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");
    static final Instant BANGKOK_DECEMBER = Instant.parse("2026-11-30T17:00:00Z");
    static Api finance;

    @BeforeAll
    static void seed() {
        env.seed(100);
        env.clock().set(NOW);
        finance = new Staff(env).signedIn(Role.FINANCE).api(env);
    }

    private static BigDecimal money(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asText());
    }

    private static BigDecimal agingSum(JsonNode aging, String... buckets) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : aging.get("rows")) {
            for (String bucket : buckets) {
                sum = sum.add(money(row, bucket));
            }
        }
        return sum;
    }

    /** What GET /payments lists of a kind received in [from, to), added up. */
    private static BigDecimal received(String kind, Instant from, Instant to) {
        BigDecimal sum = BigDecimal.ZERO;
        String cursor = null;
        do {
            JsonNode page = finance.get("/api/v1/payments?limit=100&kind=" + kind
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            for (JsonNode p : page.get("data")) {
                Instant at = Instant.parse(p.get("receivedAt").asText());
                if (!at.isBefore(from) && at.isBefore(to)) {
                    sum = sum.add(money(p, "amount"));
                }
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return sum.setScale(2);
    }

    /** An invoice with at least 150.00 left to pay. */
    private static long openInvoice() {
        for (JsonNode i : finance.get("/api/v1/invoices?outstanding=true&limit=100").json().get("data")) {
            if (money(i, "outstanding").compareTo(new BigDecimal("150.00")) >= 0) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError("no invoice with 150.00 outstanding");
    }

    private static Api.Response pay(long invoice, String amount, Instant at) {
        return finance.header("Idempotency-Key", "figures-" + invoice + "-" + at.toEpochMilli())
                .post("/api/v1/payments", Map.of("invoiceId", invoice, "amount", amount, "method", "TRANSFER",
                        "reference", "TRF", "receivedAt", at.toString()));
    }

    @Test
    void theMeAnswerNamesTheUniversitysTimeZone() {
        assertEquals("Asia/Bangkok", finance.get("/api/v1/me").json().get("timeZone").asText());
    }

    @Test
    void figuresAgreeWithTheAgingReportAndThisMonthIsABangkokMonth() {
        JsonNode before = finance.get("/api/v1/reports/finance").json();
        assertEquals("2026-12-01", before.get("asOf").asText());
        assertEquals("2026-12", before.get("month").asText());
        assertEquals("0.00", before.get("collectedThisMonth").asText(), "nothing yet in December, Bangkok time");
        JsonNode aging = finance.get("/api/v1/reports/aging").json();
        assertEquals(agingSum(aging, "totalOutstanding"), money(before, "outstanding"));
        assertEquals(agingSum(aging, "days0to30", "days31to60", "days61to90", "days90plus"), money(before, "overdue"));
        long counted = 0;
        for (JsonNode row : aging.get("rows")) {
            counted += row.get("invoices").asLong();
        }
        assertEquals(counted, before.get("invoicesOpen").asLong());
        LocalDate utcToday = LocalDate.of(2026, 11, 30);
        assertEquals(finance.get("/api/v1/invoices?outstanding=true&dueTo=" + utcToday.minusDays(1)).json()
                .get("total").asLong(), before.get("invoicesOverdue").asLong());
        assertTrue(before.get("invoicesOverdue").asLong() > 0 && money(before, "overdue").signum() > 0);
        for (String field : List.of("outstanding", "overdue", "collectedThisMonth", "refundedThisMonth")) {
            assertTrue(before.get(field).asText().matches("^[0-9]+\\.[0-9]{2}$"), field);
        }

        long invoice = openInvoice();
        JsonNode first = pay(invoice, "100.00", BANGKOK_DECEMBER).json();
        assertEquals(201, pay(invoice, "50.00", BANGKOK_DECEMBER.minusMillis(1)).status(), "23:59:59.999 in Bangkok");
        Api.Response refund = finance.header("Idempotency-Key", "figures-refund-" + invoice)
                .post("/api/v1/payments/" + first.get("id").asLong() + "/refund",
                        Map.of("amount", "30.00", "reason", "Overcharged"));
        assertEquals(201, refund.status(), refund::text);

        env.awaitReports();
        JsonNode after = finance.get("/api/v1/reports/finance").json();
        assertEquals("100.00", after.get("collectedThisMonth").asText(), "from 00:00 on 1 December, Bangkok time");
        assertEquals("30.00", after.get("refundedThisMonth").asText());
        assertEquals(money(before, "outstanding").subtract(new BigDecimal("120.00")), money(after, "outstanding"));
        assertEquals(after, finance.get("/api/v1/reports/finance").json(), "served again from the rollup");
        Instant nextMonth = Instant.parse("2026-12-31T17:00:00Z");
        assertEquals(received("PAYMENT", BANGKOK_DECEMBER, nextMonth), money(after, "collectedThisMonth"));
        assertEquals(received("REFUND", BANGKOK_DECEMBER, nextMonth), money(after, "refundedThisMonth"));
    }

    @Test
    void inAnotherTimeZoneThisMonthIsThatZonesMonth() throws Exception {
        var infra = env.infrastructure();
        Reports utc = new Reports(infra.db(), ZoneId.of("UTC"));
        JsonNode figures = Json.MAPPER.valueToTree(utc.finance(env.clock().instant()));
        assertEquals("2026-11-30", figures.get("asOf").asText());
        assertEquals("2026-11", figures.get("month").asText());
        Instant from = Instant.parse("2026-11-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-01T00:00:00Z");
        assertEquals(received("PAYMENT", from, to), money(figures, "collectedThisMonth"));
        assertEquals(received("REFUND", from, to), money(figures, "refundedThisMonth"));
        assertTrue(money(figures, "collectedThisMonth").signum() > 0, "the seeded university took money in November");
    }

    @Test
    void onlyFinanceAndAdministratorsReadThem() {
        Staff staff = new Staff(env);
        assertEquals(403, staff.signedIn(Role.REGISTRAR).api(env).get("/api/v1/reports/finance").status());
        assertEquals(403, staff.signedIn(Role.HELPDESK).api(env).get("/api/v1/reports/finance").status());
        assertEquals(200, staff.signedIn(Role.ADMIN).api(env).get("/api/v1/reports/finance").status());
    }
}
