package th.ac.ums.server.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.paging.ListQuery;
import th.ac.ums.server.paging.ListQueryExplainIT;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.QueryParams;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Invoices name their student, and GET /invoices filters by due date (dueFrom, dueTo, inclusive)
 * and by what is left to pay (outstanding), index-served, so that each bucket of the aging report
 * lists exactly the invoices whose outstanding amounts add up to the bucket's total.
 */
class InvoiceFiltersIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static Api finance;

    @BeforeAll
    static void seed() {
        env.seed(300);
        env.clock().set(Instant.parse("2026-11-28T05:00:00Z"));
        finance = new Staff(env).signedIn(Role.FINANCE).api(env);
        long term = finance.get("/api/v1/terms?limit=1").json().get("data").get(0).get("id").asLong();
        JsonNode students = finance.get("/api/v1/students?limit=20").json().get("data");
        // one invoice on each side of every bucket boundary, and one a week ahead
        int[] daysOverdue = {0, 1, 30, 31, 60, 61, 90, 91, 400, -7};
        for (int i = 0; i < daysOverdue.length; i++) {
            issue(students.get(i).get("id").asLong(), term, TODAY.minusDays(daysOverdue[i]), (1000 + i) + ".25");
        }
        long partly = issue(students.get(10).get("id").asLong(), term, TODAY.minusDays(45), "800.00");
        assertEquals(201, pay(partly, "300.50").status());
        long paid = issue(students.get(11).get("id").asLong(), term, TODAY.minusDays(45), "500.00");
        assertEquals(201, pay(paid, "500.00").status());
        env.awaitReports();
    }

    private static long issue(long student, long term, LocalDate due, String amount) {
        Api.Response r = finance.post("/api/v1/invoices", Map.of("studentId", student, "termId", term,
                "dueDate", due.toString(), "lines", List.of(Map.of("description", "Fee", "amount", amount))));
        assertEquals(201, r.status(), r::text);
        return r.json().get("id").asLong();
    }

    private static Api.Response pay(long invoice, String amount) {
        return finance.header("Idempotency-Key", "filters-" + invoice + "-" + amount).post("/api/v1/payments",
                Map.of("invoiceId", invoice, "amount", amount, "method", "CASH"));
    }

    /** Every invoice the query lists, page after page (cursor paging, 100 a page). */
    private static List<JsonNode> all(String query) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            Api.Response r = finance.get("/api/v1/invoices?limit=100&" + query + (cursor == null ? "" : "&cursor="
                    + cursor));
            assertEquals(200, r.status(), r::text);
            r.json().get("data").forEach(out::add);
            JsonNode next = r.json().get("nextCursor");
            cursor = next.isNull() ? null : next.asText();
        } while (cursor != null);
        return out;
    }

    private static BigDecimal outstanding(List<JsonNode> invoices) {
        return invoices.stream().map(i -> new BigDecimal(i.get("outstanding").asText()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The filters a console sends for each aging bucket (see docs/api.md), as of the report's asOf T. */
    static Map<String, String> bucketFilters(LocalDate t) {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("current", "dueFrom=" + t);
        b.put("days0to30", "dueFrom=" + t.minusDays(30) + "&dueTo=" + t.minusDays(1));
        b.put("days31to60", "dueFrom=" + t.minusDays(60) + "&dueTo=" + t.minusDays(31));
        b.put("days61to90", "dueFrom=" + t.minusDays(90) + "&dueTo=" + t.minusDays(61));
        b.put("days90plus", "dueTo=" + t.minusDays(91));
        return b;
    }

    @Test
    void eachAgingBucketListsTheInvoicesThatMakeItsTotal() {
        JsonNode aging = finance.get("/api/v1/reports/aging").json();
        LocalDate asOf = LocalDate.parse(aging.get("asOf").asText());
        assertEquals(TODAY, asOf);
        long listed = 0;
        for (Map.Entry<String, String> bucket : bucketFilters(asOf).entrySet()) {
            BigDecimal reported = BigDecimal.ZERO;
            for (JsonNode row : aging.get("rows")) {
                reported = reported.add(new BigDecimal(row.get(bucket.getKey()).asText()));
            }
            List<JsonNode> invoices = all("outstanding=true&sort=dueDate&" + bucket.getValue());
            assertEquals(reported, outstanding(invoices), bucket.getKey());
            assertTrue(reported.signum() > 0, bucket.getKey() + " holds money, so the comparison means something");
            listed += invoices.size();
        }
        long counted = 0;
        for (JsonNode row : aging.get("rows")) {
            counted += row.get("invoices").asLong();
        }
        assertEquals(counted, listed, "every invoice the report counts is in exactly one bucket's list");
        assertEquals(counted, finance.get("/api/v1/invoices?outstanding=true").json().get("total").asLong());
    }

    @Test
    void dueDatesAreInclusiveAndCombineWithTheOtherFilters() {
        LocalDate day = TODAY.minusDays(31);
        List<JsonNode> that = all("dueFrom=" + day + "&dueTo=" + day);
        assertTrue(!that.isEmpty());
        that.forEach(i -> assertEquals(day.toString(), i.get("dueDate").asText()));
        List<JsonNode> around = all("dueFrom=" + day.minusDays(1) + "&dueTo=" + day.plusDays(1) + "&sort=-dueDate");
        assertTrue(around.size() >= that.size());
        for (int i = 1; i < around.size(); i++) {
            assertTrue(around.get(i - 1).get("dueDate").asText().compareTo(around.get(i).get("dueDate").asText()) >= 0);
        }
        JsonNode one = that.get(0);
        String student = one.get("studentId").asText();
        String term = one.get("termId").asText();
        List<JsonNode> narrowed = all("dueFrom=" + day + "&dueTo=" + day + "&studentId=" + student + "&termId=" + term
                + "&status=" + one.get("status").asText() + "&outstanding=true&sort=dueDate");
        assertTrue(narrowed.stream().anyMatch(i -> i.get("id").equals(one.get("id"))));
        narrowed.forEach(i -> {
            assertEquals(student, i.get("studentId").asText());
            assertEquals(term, i.get("termId").asText());
        });
        all("outstanding=true").forEach(i -> {
            assertTrue(Set.of("OPEN", "PARTIALLY_PAID", "OVERDUE").contains(i.get("status").asText()));
            assertTrue(new BigDecimal(i.get("outstanding").asText()).signum() > 0);
        });
        all("outstanding=false&dueFrom=" + TODAY.minusDays(60)).forEach(i ->
                assertTrue(Set.of("PAID", "VOID").contains(i.get("status").asText()), i::toString));
    }

    @Test
    void wrongDatesAndAnEmptyRangeAre400NamingTheField() {
        for (String bad : List.of("2026-02-30", "26-11-28", "2026-1-5", "1899-12-31", "2200-01-01", "today")) {
            Api.Response r = finance.get("/api/v1/invoices?dueFrom=" + bad);
            assertEquals(400, r.status(), bad);
            assertEquals("dueFrom", r.json().get("errors").get(0).get("field").asText());
        }
        Api.Response backwards = finance.get("/api/v1/invoices?dueFrom=2026-11-28&dueTo=2026-11-27");
        assertEquals(400, backwards.status());
        assertEquals("dueTo", backwards.json().get("errors").get(0).get("field").asText());
        assertEquals(400, finance.get("/api/v1/invoices/export?outstanding=yes").status());
    }

    @Test
    void invoicesNameTheirStudentInListsDetailAndExport() {
        JsonNode invoice = finance.get("/api/v1/invoices?limit=1").json().get("data").get(0);
        JsonNode student = finance.get("/api/v1/students/" + invoice.get("studentId").asText()).json();
        String th = student.get("firstNameTh").asText() + " " + student.get("lastNameTh").asText();
        String en = student.get("firstNameEn").asText() + " " + student.get("lastNameEn").asText();
        assertEquals(th, invoice.get("studentNameTh").asText());
        assertEquals(en, invoice.get("studentNameEn").asText());
        JsonNode detail = finance.get("/api/v1/invoices/" + invoice.get("id").asText()).json();
        assertEquals(th, detail.get("studentNameTh").asText());
        assertEquals(en, detail.get("studentNameEn").asText());
        String csv = finance.get("/api/v1/invoices/export?studentId=" + student.get("id").asText()).text();
        assertTrue(csv.lines().findFirst().orElseThrow().contains("studentCode,studentNameTh,studentNameEn,termId"));
        assertTrue(csv.contains(th) && csv.contains(en), csv);
    }

    @Test
    void theDueDateFiltersAreServedByTheDueDateIndexes() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("dueFrom=2026-08-01&dueTo=2026-08-31&outstanding=true", "ix_invoices_due");
        expected.put("dueTo=2026-08-31&status=OVERDUE", "ix_invoices_status_due");
        expected.put("dueFrom=2026-08-01&studentId=7", "ix_invoices_student_due");
        expected.put("dueFrom=2026-08-01&dueTo=2026-08-31&termId=2&outstanding=true", "ix_invoices_term_due");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            for (String sort : List.of("dueDate", "-dueDate")) {
                PageRequest request = PageRequest.parse(QueryParams.of(e.getKey() + "&sort=" + sort + "&limit=100"),
                        FinanceLists.INVOICES, Set.of());
                ListQuery query = new ListQuery(FinanceLists.INVOICES, request);
                assertEquals(e.getValue(), query.index(), e.getKey());
                ListQuery.Sql sql = query.page();
                List<String> problems = new ArrayList<>();
                env.infrastructure().db().jdbc(c -> {
                    ListQueryExplainIT.explainRows(c, sql.text(), sql.params(), problems);
                    return null;
                });
                assertEquals(List.of(), problems, e.getKey() + "\n" + sql.text());
            }
        }
    }
}
