package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.paging.ListQueryExplainIT;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.QueryParams;
import th.ac.ums.server.platform.Db;
import th.ac.ums.server.testing.TestEnv;

/**
 * EXPLAIN of every shape of student search (code prefix, e-mail prefix, one name word and two,
 * in Thai and English script), alone and with each filter, as a first page, a keyset page deeper
 * in, a page back and an offset page: no full scan, filesort or temporary table over students.
 * (The UNION's merge sorts at most two pages of rows in a derived table, which EXPLAIN shows on
 * the derived table, not on students.)
 */
class StudentSearchExplainIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static Db db;
    static StudentSearch search;
    static StudentDto sample;

    @BeforeAll
    static void seed() {
        env.seed(5_000);
        db = env.infrastructure().db();
        th.ac.ums.server.paging.Lister lister = new th.ac.ums.server.paging.Lister(db,
                new th.ac.ums.server.paging.Totals(db, th.ac.ums.server.paging.TotalsCache.none()));
        search = new StudentSearch(lister, new SortedSearch(db, lister));
        sample = search.search("6", PageRequest.parse(QueryParams.of("limit=1"),
                StudentLists.STUDENTS, Set.of("q"), "q")).data().get(0);
    }

    @TestFactory
    Stream<DynamicTest> everySearchShapeUsesAnIndexWithoutFilesort() {
        List<String> queries = List.of(sample.studentCode().substring(0, 3), sample.studentCode(),
                sample.email().substring(0, 4) + "@", sample.email(), sample.lastNameEn().substring(0, 2),
                sample.firstNameEn() + " " + sample.lastNameEn().substring(0, 1), sample.lastNameTh().substring(0, 2),
                sample.firstNameTh() + " " + sample.lastNameTh().substring(0, 1), "a");
        List<String> filters = List.of("", "&status=ACTIVE", "&programId=" + sample.programId(),
                "&facultyId=" + sample.facultyId());
        List<DynamicTest> tests = new ArrayList<>();
        for (String q : queries) {
            for (String filter : filters) {
                tests.add(DynamicTest.dynamicTest("q=" + q + filter, () -> explainAll(q, filter)));
            }
        }
        return tests.stream();
    }

    /**
     * A search in each of the list's sorts (the console sends its grid's sort with q): both ways of
     * reading it (a small match set sorted in a derived table, a large one walked on the sort's index),
     * first page, keyset page and offset page, alone and with each filter.
     */
    @TestFactory
    Stream<DynamicTest> everySortedSearchUsesAnIndexWithoutFilesortOnStudents() {
        List<String> queries = List.of(sample.studentCode().substring(0, 3), sample.email().substring(0, 4) + "@",
                sample.lastNameEn().substring(0, 2), sample.firstNameEn() + " " + sample.lastNameEn().substring(0, 1),
                sample.lastNameTh().substring(0, 2));
        List<String> filters = List.of("", "&status=ACTIVE", "&programId=" + sample.programId(),
                "&facultyId=" + sample.facultyId());
        List<DynamicTest> tests = new ArrayList<>();
        for (String q : queries) {
            for (var sort : StudentLists.STUDENTS.sorts()) {
                for (String dir : List.of("", "-")) {
                    for (String filter : filters) {
                        String query = "limit=20&sort=" + dir + sort.name().replace(",", "," + dir) + filter;
                        tests.add(DynamicTest.dynamicTest("q=" + q + "&" + query, () -> {
                            try {
                                explainSorted(q, query);
                            } catch (th.ac.ums.server.domain.Refusal e) {
                                throw new AssertionError("q=" + q + "&" + query + ": " + e.errors(), e);
                            }
                        }));
                    }
                }
            }
        }
        return tests.stream();
    }

    private void explainSorted(String q, String query) {
        StudentMatch m = StudentMatch.of(q);
        List<Long> small = m.branches().stream().map(b -> 0L).toList();
        List<Long> large = m.branches().stream().map(b -> (long) SortedSearch.SMALL + 1).toList();
        PageRequest first = sortedRequest(query);
        java.util.List<SortedSearch.Bounds> none = java.util.Collections.nCopies(m.branches().size(), null);
        java.util.List<SortedSearch.Bounds> bounded = m.branches().stream().map(b -> SortedSearch.bounded(b, first)
                ? new SortedSearch.Bounds("0", "~") : null).toList();
        explain(SortedSearch.page(m, small, none, first), "small, first page");
        explain(SortedSearch.page(m, large, none, first), "large, first page");
        explain(SortedSearch.page(m, large, bounded, first), "large and bounded, first page");
        Page<StudentDto> page = new SortedSearch(db, new th.ac.ums.server.paging.Lister(db,
                new th.ac.ums.server.paging.Totals(db, th.ac.ums.server.paging.TotalsCache.none()))).search(q, first);
        if (page.nextCursor() != null) {
            PageRequest next = sortedRequest(query + "&cursor=" + page.nextCursor());
            explain(SortedSearch.page(m, small, none, next), "small, keyset page");
            explain(SortedSearch.page(m, large, bounded, next), "large, keyset page");
        }
        PageRequest offset = sortedRequest(query + "&page=3");
        explain(SortedSearch.page(m, small, none, offset), "small, offset page");
        explain(SortedSearch.page(m, large, bounded, offset), "large, offset page");
    }

    private static PageRequest sortedRequest(String query) {
        return PageRequest.parse(QueryParams.of(query), StudentLists.STUDENTS, Set.of("q"));
    }

    private static void explain(th.ac.ums.server.paging.ListQuery.Sql sql, String what) {
        List<String> problems = new ArrayList<>();
        db.jdbc(c -> {
            ListQueryExplainIT.explainRows(c, sql.text(), sql.params(), problems);
            return null;
        });
        assertTrue(problems.isEmpty(), () -> what + ": " + problems + "\n" + sql.text());
    }

    private void explainAll(String q, String filter) {
        PageRequest first = request("limit=20" + filter);
        explain(q, first, "first page");
        Page<StudentDto> page = search.search(q, first);
        if (page.nextCursor() != null) {
            PageRequest next = request("limit=20" + filter + "&cursor=" + page.nextCursor());
            explain(q, next, "keyset page");
            Page<StudentDto> second = search.search(q, next);
            if (second.prevCursor() != null) {
                explain(q, request("limit=20" + filter + "&cursor=" + second.prevCursor()), "page back");
            }
        }
        explain(q, request("limit=20" + filter + "&page=3"), "offset page");
    }

    private static PageRequest request(String query) {
        return PageRequest.parse(QueryParams.of(query), StudentLists.STUDENTS, Set.of("q"), "q");
    }

    private static void explain(String q, PageRequest request, String what) {
        StudentSearch.Sql sql = StudentSearch.build(q, request);
        List<String> problems = new ArrayList<>();
        db.jdbc(c -> {
            ListQueryExplainIT.explainRows(c, sql.text(), sql.params(), problems);
            return null;
        });
        assertTrue(problems.isEmpty(), () -> what + ": " + problems + "\n" + sql.text());
    }
}
