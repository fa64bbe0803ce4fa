package th.ac.ums.server.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.finance.FinanceLists;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.students.StudentLists;
import th.ac.ums.server.testing.TestEnv;

/**
 * Issue 19 (B1): list pages are read with plain JDBC ({@link Lister}, {@link th.ac.ums.server.platform.ResultRow})
 * instead of the Helidon DB client. Every page of every list, in every sort both ways, with forward
 * and backward cursors and offset pages, must serialize byte for byte as the DB client's page did
 * ({@link DbClientLister}, the code before the change): the same rows in the same order, the same
 * values (nulls, Thai text, money, dates, timestamps), the same cursors, totals and page numbers.
 */
class JdbcPagesIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    static Lister lister;
    static DbClientLister reference;

    @BeforeAll
    static void seed() throws SQLException {
        env.seed(400);
        Db db = env.infrastructure().db();
        try (Connection c = db.primaryDataSource().getConnection(); Statement st = c.createStatement()) {
            // nulls wherever a column allows them, and Thai text with marks, tone marks and an emoji
            for (String column : List.of("email", "phone", "title", "birth_date", "national_id", "admitted_at")) {
                try {
                    st.executeUpdate("UPDATE students SET " + column + " = NULL WHERE id % 7 = 3");
                } catch (SQLException notNullable) {
                    // the column is NOT NULL: nothing to vary
                }
            }
            st.executeUpdate("UPDATE students SET first_name_th = 'ณัฐวุฒิ์ \uD83D\uDE00', last_name_th = 'ศรีสุข\"\\\\'"
                    + " WHERE id % 11 = 5");
        }
        Totals totals = new Totals(db, TotalsCache.none());
        lister = new Lister(db, totals);
        reference = new DbClientLister(db, totals);
    }

    @Test
    void everyListInEverySortPagesExactlyAsTheDbClientDid() {
        int pages = 0;
        for (ListSpec<?> spec : Catalog.all()) {
            if (!spec.requireOneOf().isEmpty()) {
                pages += walk(spec, "studentId=1&");
                continue;
            }
            pages += walk(spec, "");
        }
        assertTrue(pages > 200, "pages compared: " + pages);
    }

    @Test
    void filteredStudentInvoiceAndPaymentPagesMatch() {
        int pages = walk(StudentLists.STUDENTS, "facultyId=1&status=ACTIVE&")
                + walk(StudentLists.STUDENTS, "programId=2&")
                + walk(FinanceLists.INVOICES, "status=OPEN&")
                + walk(FinanceLists.INVOICES, "outstanding=true&")
                + walk(FinanceLists.PAYMENTS, "kind=PAYMENT&")
                + walk(FinanceLists.PAYMENTS, "studentId=3&");
        assertTrue(pages > 50, "pages compared: " + pages);
    }

    @Test
    void hundredRowPagesMatch() {
        for (ListSpec<?> spec : List.of(StudentLists.STUDENTS, FinanceLists.INVOICES, FinanceLists.PAYMENTS)) {
            String first = same(spec, "limit=100");
            String next = cursor(first, "nextCursor");
            assertTrue(next != null, spec.name() + " has a second page");
            String second = same(spec, "limit=100&cursor=" + enc(next));
            same(spec, "limit=100&cursor=" + enc(cursor(second, "prevCursor")));
            same(spec, "limit=100&page=3");
        }
    }

    /** Every sort both ways: three pages forward by cursor, two back, and an offset page; the pages compared. */
    private static int walk(ListSpec<?> spec, String filters) {
        int pages = 0;
        List<String> sorts = new ArrayList<>();
        for (SortKey sort : spec.sorts()) {
            sorts.add(sort.name());
            sorts.add("-" + sort.name().replace(",", ",-"));
        }
        for (String sort : sorts) {
            String base = filters + "limit=7&sort=" + sort;
            String json = same(spec, base);
            pages++;
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < 3 && cursor(json, "nextCursor") != null; i++) {
                seen.add(json);
                json = same(spec, base + "&cursor=" + enc(cursor(json, "nextCursor")));
                pages++;
            }
            for (int i = 0; i < 2 && cursor(json, "prevCursor") != null; i++) {
                json = same(spec, base + "&cursor=" + enc(cursor(json, "prevCursor")));
                pages++;
                assertEquals(data(seen.get(seen.size() - 1 - i)), data(json), spec.name() + " back " + base);
            }
            same(spec, base + "&page=2");
            pages++;
        }
        return pages;
    }

    /** The page both ways; they must be the same bytes. */
    private static String same(ListSpec<?> spec, String query) {
        PageRequest request;
        try {
            request = PageRequest.parse(QueryParams.of(query), spec, Set.of());
        } catch (th.ac.ums.server.domain.Refusal e) {
            throw new AssertionError(spec.name() + "?" + query + ": " + e.errors(), e);
        }
        Page<?> old = reference.list(spec, request, ListStrategy.walk(q -> {
        }));
        Page<?> now = lister.list(spec, request, q -> {
        });
        String expected = new String(Json.write(old), StandardCharsets.UTF_8);
        String actual = new String(Json.write(now), StandardCharsets.UTF_8);
        assertEquals(expected, actual, spec.name() + "?" + query);
        return actual;
    }

    private static String data(String json) {
        return Json.tree(readTree(json).get("data")).toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String cursor(String json, String name) {
        com.fasterxml.jackson.databind.JsonNode node = readTree(json).get(name);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
