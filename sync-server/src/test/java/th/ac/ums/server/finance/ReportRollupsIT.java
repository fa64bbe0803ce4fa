package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.finance.ReportRollups.Rollup;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.StatementCounter;
import th.ac.ums.server.testing.TestEnv;

/**
 * The reports are rollups: a request reads the finished document from Redis and runs no SQL; the
 * leader refreshes them in the background soon after a change, and says as of when.
 */
class ReportRollupsIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv().withJdbcProperty("queryInterceptors", StatementCounter.class.getName())
            .with("reports.max-age", "PT2S");
    static final List<String> REPORTS = List.of("/api/v1/reports/aging?groupBy=faculty",
            "/api/v1/reports/aging?groupBy=program", "/api/v1/reports/finance", "/api/v1/reports/dashboard");
    static Api finance;

    @BeforeAll
    static void seed() {
        env.seed(300);
        finance = new Staff(env).signedIn(Role.FINANCE).api(env);
    }

    static BigDecimal money(JsonNode node, String field) {
        return new BigDecimal(node.path(field).asText("0"));
    }

    static BigDecimal agingTotal(JsonNode aging) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode row : aging.get("rows")) {
            sum = sum.add(money(row, "totalOutstanding"));
        }
        return sum;
    }

    static BigDecimal paidIn(JsonNode dashboard, YearMonth month) {
        for (JsonNode m : dashboard.get("paymentsByMonth")) {
            if (m.get("month").asText().equals(month.toString())) {
                return money(m, "amount");
            }
        }
        return BigDecimal.ZERO.setScale(2);
    }

    /** Reads {@code path} until {@code test} holds (10 s at most); answers the last answer. */
    static JsonNode until(Api api, String path, Predicate<JsonNode> test) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Api.Response r = api.get(path);
            if (r.status() == 200) {
                last = r.json();
                if (test.test(last)) {
                    return last;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " did not change within 10 s: " + last);
    }

    static long openInvoice(Api api) {
        for (JsonNode i : api.get("/api/v1/invoices?outstanding=true&limit=100").json().get("data")) {
            if (money(i, "outstanding").compareTo(new BigDecimal("150.00")) >= 0) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError("no invoice with 150.00 outstanding");
    }

    static void pay(Api api, long invoice, String amount, Instant at) {
        Api.Response r = api.header("Idempotency-Key", "rollup-" + UUID.randomUUID())
                .post("/api/v1/payments", Map.of("invoiceId", invoice, "amount", amount, "method", "TRANSFER",
                        "reference", "TRF", "receivedAt", at.toString()));
        assertEquals(201, r.status(), r::text);
    }

    @Test
    void aPaymentChangesAgingFinanceAndDashboardSoonAfterAndAsOfTimeAdvances() throws Exception {
        JsonNode figures = finance.get(REPORTS.get(2)).json();
        JsonNode aging = finance.get(REPORTS.get(0)).json();
        JsonNode byProgram = finance.get(REPORTS.get(1)).json();
        JsonNode dashboard = finance.get(REPORTS.get(3)).json();
        for (JsonNode report : List.of(figures, aging, byProgram, dashboard)) {
            assertNotNull(Instant.parse(report.get("asOfTime").asText()), report.toString());
            assertTrue(report.get("asOf").asText().matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), "asOf stays a day");
        }
        Instant before = Instant.parse(figures.get("asOfTime").asText());
        env.clock().advance(Duration.ofSeconds(5));
        Instant now = env.clock().instant();
        YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));

        pay(finance, openInvoice(finance), "123.00", now);

        BigDecimal expected = money(figures, "outstanding").subtract(new BigDecimal("123.00"));
        JsonNode after = until(finance, REPORTS.get(2), f -> money(f, "outstanding").equals(expected));
        assertTrue(Instant.parse(after.get("asOfTime").asText()).isAfter(before), "asOfTime advances: " + after);
        until(finance, REPORTS.get(0), a -> agingTotal(a).equals(agingTotal(aging).subtract(new BigDecimal("123.00"))));
        until(finance, REPORTS.get(1), a -> agingTotal(a).equals(agingTotal(byProgram)
                .subtract(new BigDecimal("123.00"))));
        until(finance, REPORTS.get(3), d -> paidIn(d, month).equals(paidIn(dashboard, month)
                .add(new BigDecimal("123.00"))));
    }

    @Test
    void eachAgingRowIsItsOwnFacultysOrProgramsOutstandingMoney() throws Exception {
        env.awaitReports();
        for (String groupBy : List.of("faculty", "program")) {
            Map<Long, String> expected = new java.util.HashMap<>();
            env.infrastructure().db().readPrimary(exec -> {
                try (var rows = exec.query("SELECT st." + groupBy + "_id AS gid, SUM(i.total - i.paid) AS o, "
                        + "COUNT(*) AS n FROM invoices i JOIN students st ON st.id = i.student_id WHERE i.status IN "
                        + "('OPEN', 'PARTIALLY_PAID', 'OVERDUE') GROUP BY st." + groupBy + "_id")) {
                    rows.forEach(r -> expected.put(r.column("gid").getLong(), r.column("o").get(BigDecimal.class)
                            .setScale(2) + "/" + r.column("n").getLong()));
                }
                return null;
            });
            JsonNode aging = finance.get("/api/v1/reports/aging?groupBy=" + groupBy).json();
            assertEquals(groupBy, aging.get("groupBy").asText());
            Map<Long, String> reported = new java.util.HashMap<>();
            String previous = "";
            for (JsonNode row : aging.get("rows")) {
                reported.put(row.get("id").asLong(), row.get("totalOutstanding").asText() + "/"
                        + row.get("invoices").asLong());
                assertTrue(previous.compareToIgnoreCase(row.get("code").asText()) < 0, "ordered by code");
                previous = row.get("code").asText();
            }
            assertEquals(expected, reported, groupBy);
            assertTrue(reported.size() > 1, groupBy + ": more than one group, so a mix-up would show");
        }
    }

    @Test
    void aReportRequestRunsNoSqlButReadsItsRollup() {
        for (String path : REPORTS) {
            String id = UUID.randomUUID().toString();
            Api.Response r = finance.header("X-Request-Id", id).get(path);
            assertEquals(200, r.status(), r::text);
            assertEquals(List.of(), StatementCounter.statements(id), path + " ran SQL on the request");
        }
    }

    @Test
    void withoutItsRollupAReportIsA503WithRetryAfterNotAQueryAndTheLeaderPutsItBack() throws Exception {
        ReportRollups rollups = new ReportRollups(env.infrastructure().redis());
        Api.Response missing = null;
        for (int i = 0; i < 5 && (missing == null || missing.status() != 503); i++) {
            env.infrastructure().redis().call(j -> j.del(rollups.key(Rollup.DASHBOARD)));
            String id = UUID.randomUUID().toString();
            missing = finance.header("X-Request-Id", id).get(REPORTS.get(3));
            assertEquals(List.of(), StatementCounter.statements(id), "no report SQL when the rollup is missing");
        }
        assertEquals(503, missing.status(), missing::text);
        assertEquals("2", missing.headers().firstValue("Retry-After").orElse(null));
        until(finance, REPORTS.get(3), d -> d.has("studentsByStatus"));
    }
}
