package th.ac.ums.server.students;

import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.server.paging.ListQuery;
import th.ac.ums.server.paging.ListStrategy;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.Totals;
import th.ac.ums.server.platform.Db;

/**
 * {@code GET /students?q=…&sort=…}: a search in one of the list's sorts, at a cost bounded by the
 * page rather than by the university. A search is one or two disjoint branches ({@link StudentMatch}:
 * a surname prefix, a first-name prefix that is not also a surname prefix, a code or e-mail prefix,
 * first and last name together). Each branch is read in the sort's order in one of two ways:
 * <ul>
 *   <li>on the sort's own index with the branch as a condition: a range when the branch is a prefix
 *       of the sort's first column (a surname prefix sorted by surname), otherwise a walk of that
 *       index which meets matches often enough because the branch has more than {@link #SMALL} of
 *       them and the branch's column is not the sort's;</li>
 *   <li>a branch of at most {@code SMALL} matches (counted index-only first) is read whole from its
 *       own index and sorted in a derived table.</li>
 * </ul>
 * Two branches are merged by a sort of at most two pages in a derived table, as the unsorted search
 * does. Every way reads and writes the same keyset cursor (the sort's columns). The search is a
 * {@link ListStrategy} of the list engine: it supplies the statement and the total, and
 * {@link Lister} reads the page, maps it and makes its cursors as for any list.
 */
public final class SortedSearch {
    /** The most matches of a branch sorted in a derived table; above it the sort's index is read. */
    public static final int SMALL = 2_000;
    private final Db db;
    private final Lister lister;

    public SortedSearch(Db db, Lister lister) {
        this.db = db;
        this.lister = lister;
    }

    /** The lowest and highest value of the sort's first column among a branch's matches. */
    record Bounds(Object low, Object high) {
    }

    /** The match as a condition on a list query: the export walks the sort's index with it. */
    static Consumer<ListQuery> asCondition(String q) {
        StudentMatch m = StudentMatch.of(q);
        return lq -> lq.where(m.condition(), m.params().toArray());
    }

    /** A page of the search {@code q} in the request's sort. */
    public Page<StudentDto> search(String q, PageRequest request) {
        return lister.list(StudentLists.STUDENTS, request, new Sorted(StudentMatch.of(q)));
    }

    /**
     * The search in the list's sort, as a strategy of the list engine: each page is planned from its
     * branches' sizes (counted first), and the total is exact when every branch is small.
     */
    private final class Sorted implements ListStrategy {
        private final StudentMatch m;
        private boolean small;

        Sorted(StudentMatch m) {
            this.m = m;
        }

        @Override
        public void customize(ListQuery query) {
            m.narrow(query);
        }

        @Override
        public ListQuery.Sql page(ListQuery query) {
            PageRequest request = query.request();
            List<Long> counts = new ArrayList<>();
            List<Bounds> bounds = new ArrayList<>();
            for (StudentMatch.Branch b : m.branches()) {
                long n = count(b, SMALL + 1);
                counts.add(n);
                bounds.add(n > SMALL && bounded(b, request) ? bounds(b, request.sort().columns().get(0)) : null);
            }
            small = counts.stream().allMatch(n -> n <= SMALL);
            return SortedSearch.page(m, counts, bounds, request);
        }

        @Override
        public Totals.Total total(ListQuery query, boolean complete, int size, Supplier<Totals.Total> counted) {
            return small ? db.read(exec -> new Totals.Total(exactTotal(exec, m, query.request()), true))
                    : counted.get();
        }
    }

    /**
     * The total of a search whose pages are read another way (the search in the order of what
     * matched): exact when every branch is small, otherwise {@code counted} (the list's count of the
     * match, exact up to {@link Totals#CAP}, otherwise "more than" it).
     */
    Totals.Total total(StudentMatch m, PageRequest request, Supplier<Totals.Total> counted) {
        boolean small = m.branches().stream().allMatch(b -> count(b, SMALL + 1) <= SMALL);
        if (small) {
            return db.read(exec -> new Totals.Total(exactTotal(exec, m, request), true));
        }
        return counted.get();
    }

    /** The statement of one page, each branch read its way (public for the EXPLAIN test). */
    static ListQuery.Sql page(StudentMatch m, List<Long> counts, List<Bounds> bounds, PageRequest request) {
        if (m.branches().size() == 1) {
            return branch(m.branches().get(0), counts.get(0), bounds.get(0), request);
        }
        boolean descending = request.descending() ^ backward(request);
        PageRequest inner = new PageRequest(request.offset() + request.limit(), null, request.cursor(),
                request.sort(), request.descending(), request.filters(), request.fingerprint());
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < m.branches().size(); i++) {
            ListQuery.Sql part = branch(m.branches().get(i), counts.get(i), bounds.get(i), inner);
            parts.add("(" + part.text() + ")");
            params.addAll(part.params());
        }
        String order = keys(request, "").stream().map(k -> k + (descending ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        params.add(request.limit() + 1);
        if (!request.keyset()) {
            params.add(request.offset());
        }
        return new ListQuery.Sql("SELECT * FROM (" + String.join(" UNION ALL ", parts) + ") u ORDER BY " + order
                + " LIMIT ?" + (request.keyset() ? "" : " OFFSET ?"), params);
    }

    /**
     * One branch in the sort's order: on the sort's index (a range when the branch is a prefix of its
     * first column, or between the matches' bounds when known), or sorted whole when it is small.
     */
    static ListQuery.Sql branch(StudentMatch.Branch b, long count, Bounds bounds, PageRequest request) {
        boolean aligned = request.sort().columns().get(0).equals(b.column());
        if (aligned || count > SMALL) {
            ListQuery q = new ListQuery(StudentLists.STUDENTS, request).where(b.condition(), b.params().toArray());
            if (!aligned && bounds != null) {
                String first = request.sort().columns().get(0);
                q.where(first + " BETWEEN ? AND ?", bounds.low(), bounds.high());
            }
            return q.page();
        }
        return sorted(b, request);
    }

    /** Whether the branch's own index holds the sort's first column (then its matches' bounds are cheap). */
    static boolean bounded(StudentMatch.Branch b, PageRequest request) {
        String first = request.sort().columns().get(0);
        return !first.equals(b.column()) && b.covers().contains(first);
    }

    /**
     * The lowest and highest sort value among a branch's matches, read on the branch's own index: a
     * surname prefix sorted in Thai dictionary order is then one stretch of the sort's index, instead of
     * a walk from its beginning.
     */
    private Bounds bounds(StudentMatch.Branch b, String column) {
        String sql = "SELECT MIN(" + column + ") AS lo, MAX(" + column + ") AS hi FROM students s FORCE INDEX ("
                + b.index() + ") WHERE " + b.condition();
        return db.read(exec -> {
            try (Stream<DbRow> rows = exec.createQuery(sql).params(b.params()).execute()) {
                return rows.findFirst().map(r -> new Bounds(r.column("lo").get(), r.column("hi").get())).orElse(null);
            }
        });
    }

    /** A small branch: its ids and sort keys from its own index, sorted, then the page by primary key. */
    static ListQuery.Sql sorted(StudentMatch.Branch b, PageRequest request) {
        boolean descending = request.descending() ^ backward(request);
        List<Object> params = new ArrayList<>();
        String derived = matches(b, request, params);
        List<String> keys = keys(request, "m.");
        String keyset = request.cursor() == null ? ""
                : " WHERE " + ListQuery.keyset(keys, request.cursor().values(), java.util.Set.of(), descending, params);
        String order = keys.stream().map(c -> c + (descending ? " DESC" : " ASC")).collect(Collectors.joining(", "));
        String sql = "SELECT STRAIGHT_JOIN " + StudentLists.COLUMNS + ", " + keys.stream()
                .map(c -> c + " AS " + c.substring(2)).collect(Collectors.joining(", ")) + " FROM (" + derived
                + ") m JOIN students s FORCE INDEX (PRIMARY) ON s.id = m.id JOIN programs pg ON pg.id = s.program_id"
                + keyset + " ORDER BY " + order + " LIMIT ?" + (request.keyset() ? "" : " OFFSET ?");
        params.add(request.limit() + 1);
        if (!request.keyset()) {
            params.add(request.offset());
        }
        return new ListQuery.Sql(sql, params);
    }

    private static List<String> keys(PageRequest request, String prefix) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < request.sort().columns().size(); i++) {
            keys.add(prefix + "_k" + i);
        }
        return keys;
    }

    /** A branch's ids and sort keys, with the list's filters, read on its own index (at most SMALL + 1). */
    private static String matches(StudentMatch.Branch b, PageRequest request, List<Object> params) {
        List<String> columns = request.sort().columns();
        StringBuilder select = new StringBuilder("SELECT s.id");
        for (int i = 0; i < columns.size(); i++) {
            select.append(", ").append(columns.get(i)).append(" AS _k").append(i);
        }
        params.addAll(b.params());
        StringBuilder where = new StringBuilder(b.condition());
        ListQuery.filterConditions(request, params).forEach(c -> where.append(" AND ").append(c));
        params.add(SMALL + 1);
        return select + " FROM students s FORCE INDEX (" + b.index() + ") WHERE " + where + " LIMIT ?";
    }

    /** A branch's matches without the other filters, counted index-only up to {@code cap}. */
    private long count(StudentMatch.Branch b, int cap) {
        List<Object> params = new ArrayList<>(b.params());
        params.add(cap);
        String sql = "SELECT COUNT(*) AS n FROM (SELECT 1 FROM students s FORCE INDEX (" + b.index() + ") WHERE "
                + b.condition() + " LIMIT ?) c";
        return db.read(exec -> number(exec.createQuery(sql).params(params).execute()));
    }

    /** The exact number of matches with the filters, when every branch is small. */
    private static long exactTotal(io.helidon.dbclient.DbExecute exec, StudentMatch m, PageRequest request) {
        List<Object> params = new ArrayList<>();
        String union = m.branches().stream().map(b -> "(" + matches(b, request, params) + ")")
                .collect(Collectors.joining(" UNION ALL "));
        return number(exec.createQuery("SELECT COUNT(*) AS n FROM (" + union + ") m").params(params).execute());
    }

    private static long number(Stream<DbRow> rows) {
        try (rows) {
            return rows.findFirst().map(r -> ((Number) r.column("n").get()).longValue()).orElse(0L);
        }
    }

    private static boolean backward(PageRequest request) {
        return request.cursor() != null && request.cursor().backward();
    }
}
