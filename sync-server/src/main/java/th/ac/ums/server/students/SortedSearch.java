package th.ac.ums.server.students;

import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import th.ac.ums.model.validation.EmailAddress;
import th.ac.ums.server.http.ApiException;
import th.ac.ums.server.paging.Cursor;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListQuery;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.Page;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.platform.Db;

/**
 * {@code GET /students?q=…&sort=…}: a search in one of the list's sorts, at a cost bounded by
 * the page, not by the university. The matches are first counted on the search's own indexes
 * (index-only, capped at {@link #SMALL}):
 * <ul>
 *   <li>at most {@code SMALL} matches: their ids and sort keys are read from those indexes and
 *       sorted (a sort of at most {@code SMALL} rows in a derived table), then the page's rows are
 *       read by primary key;</li>
 *   <li>more: the sort's own index is walked in order with the match as a condition (matches are then
 *       dense enough that a page is found within about {@code limit × total / SMALL} index entries),
 *       exactly as an unsearched list page is read ({@link Lister}).</li>
 * </ul>
 * Both read the same keyset cursor (the sort's columns), so paging crosses from one to the other.
 */
public final class SortedSearch {
    /** The most matches sorted in a derived table; above it the sort's index is walked. */
    public static final int SMALL = 2_000;
    private final Db db;
    private final Lister lister;

    public SortedSearch(Db db, Lister lister) {
        this.db = db;
        this.lister = lister;
    }

    /** One index range of the match (disjoint from the others), and the match as one condition. */
    record Branch(String index, String condition, List<Object> params) {
    }

    /** What {@code q} matches: its branches (for counting and the small case) and one condition. */
    record Match(List<Branch> branches, String condition, List<Object> params) {
    }

    static Match match(String rawQ) {
        String q = rawQ.trim().replaceAll("\\s+", " ");
        if (q.isEmpty() || q.length() > 100) {
            throw ApiException.invalid("q", "must be 1 to 100 characters");
        }
        String like = StudentSearch.escape(q) + "%";
        boolean thai = q.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F);
        String first = thai ? "s.first_name_th" : "s.first_name_en";
        String last = thai ? "s.last_name_th" : "s.last_name_en";
        if (q.matches("^[0-9]{1,8}$")) {
            return single("uq_students_code", "s.student_code LIKE ?", List.of(like));
        }
        if (q.contains("@")) {
            return single("uq_students_email", "s.email LIKE ?",
                    List.of(StudentSearch.escape(EmailAddress.canonical(q)) + "%"));
        }
        int space = q.indexOf(' ');
        if (space > 0) {
            String firstLike = StudentSearch.escape(q.substring(0, space)) + "%";
            String lastLike = StudentSearch.escape(q.substring(space + 1)) + "%";
            return single(thai ? "ix_students_first_th" : "ix_students_first_en",
                    first + " LIKE ? AND " + last + " LIKE ?", List.of(firstLike, lastLike));
        }
        return new Match(List.of(
                new Branch(thai ? "ix_students_last_th" : "ix_students_last_en", last + " LIKE ?", List.of(like)),
                new Branch(thai ? "ix_students_first_th" : "ix_students_first_en",
                        first + " LIKE ? AND NOT (" + last + " LIKE ?)", List.of(like, like))),
                "(" + last + " LIKE ? OR " + first + " LIKE ?)", List.of(like, like));
    }

    private static Match single(String index, String condition, List<Object> params) {
        return new Match(List.of(new Branch(index, condition, params)), condition, params);
    }

    public Page<Object> search(String q, PageRequest request) {
        Match m = match(q);
        if (countMatches(m) > SMALL) {
            return lister.list(StudentLists.STUDENTS, request, lq -> lq.where(m.condition(), m.params().toArray()));
        }
        return small(m, request);
    }

    /** The match as a condition on a list query: the export walks the sort's index with it. */
    static java.util.function.Consumer<ListQuery> asCondition(String q) {
        Match m = match(q);
        return lq -> lq.where(m.condition(), m.params().toArray());
    }

    /** Matches without the other filters, counted index-only up to SMALL + 1. */
    long countMatches(Match m) {
        List<Object> params = new ArrayList<>();
        String sum = m.branches().stream().map(b -> {
            params.addAll(b.params());
            params.add(SMALL + 1);
            return "(SELECT COUNT(*) FROM (SELECT 1 FROM students s FORCE INDEX (" + b.index() + ") WHERE "
                    + b.condition() + " LIMIT ?) c)";
        }).collect(Collectors.joining(" + "));
        return db.read(exec -> {
            try (Stream<DbRow> rows = exec.createQuery("SELECT " + sum + " AS n").params(params).execute()) {
                return rows.findFirst().map(r -> ((Number) r.column("n").get()).longValue()).orElse(0L);
            }
        });
    }

    /** The matches' ids and sort keys, read on the search's indexes (at most SMALL rows). */
    private static String matches(Match m, PageRequest request, List<Object> params) {
        List<String> keys = request.sort().columns();
        StringBuilder k = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            k.append(", ").append(keys.get(i)).append(" AS _k").append(i);
        }
        return m.branches().stream().map(b -> {
            params.addAll(b.params());
            StringBuilder where = new StringBuilder(b.condition());
            for (Map.Entry<Filter, Object> f : request.filters().entrySet()) {
                where.append(" AND ").append(f.getKey().column()).append(" = ?");
                params.add(f.getValue());
            }
            params.add(SMALL + 1);
            return "(SELECT s.id" + k + " FROM students s FORCE INDEX (" + b.index() + ") WHERE " + where
                    + " LIMIT ?)";
        }).collect(Collectors.joining(" UNION ALL "));
    }

    /** A page of a small match set (public for the EXPLAIN test). */
    static ListQuery.Sql smallPage(Match m, PageRequest request) {
        boolean descending = request.descending() ^ backward(request);
        List<Object> params = new ArrayList<>();
        String derived = matches(m, request, params);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < request.sort().columns().size(); i++) {
            keys.add("m._k" + i);
        }
        String keyset = "";
        if (request.cursor() != null) {
            keyset = " WHERE " + ListQuery.keyset(keys, request.cursor().values(), java.util.Set.of(), descending, params);
        }
        String order = keys.stream().map(c -> c + (descending ? " DESC" : " ASC")).collect(Collectors.joining(", "));
        String sql = "SELECT STRAIGHT_JOIN " + StudentLists.COLUMNS + ", " + String.join(", ", keys.stream()
                .map(c -> c + " AS " + c.substring(2)).toList()) + " FROM (" + derived + ") m JOIN students s "
                + "FORCE INDEX (PRIMARY) ON s.id = m.id JOIN programs pg ON pg.id = s.program_id" + keyset
                + " ORDER BY " + order + " LIMIT ?" + (request.keyset() ? "" : " OFFSET ?");
        params.add(request.limit() + 1);
        if (!request.keyset()) {
            params.add(request.offset());
        }
        return new ListQuery.Sql(sql, params);
    }

    /** A page of a large match set: the sort's index walked with the match (public for the EXPLAIN test). */
    static ListQuery.Sql walkPage(Match m, PageRequest request) {
        return new ListQuery(StudentLists.STUDENTS, request).where(m.condition(), m.params().toArray()).page();
    }

    private static boolean backward(PageRequest request) {
        return request.cursor() != null && request.cursor().backward();
    }

    private Page<Object> small(Match m, PageRequest request) {
        ListQuery.Sql sql = smallPage(m, request);
        List<Object> countParams = new ArrayList<>();
        String count = "SELECT COUNT(*) AS n FROM (" + matches(m, request, countParams) + ") m";
        return db.read(exec -> {
            List<DbRow> rows;
            try (Stream<DbRow> s = exec.createQuery(sql.text()).params(sql.params()).execute()) {
                rows = s.toList();
            }
            long total;
            try (Stream<DbRow> s = exec.createQuery(count).params(countParams).execute()) {
                total = s.findFirst().map(r -> ((Number) r.column("n").get()).longValue()).orElse(0L);
            }
            return page(rows, request, backward(request), total);
        });
    }

    private static Page<Object> page(List<DbRow> rows, PageRequest request, boolean backward, long total) {
        boolean more = rows.size() > request.limit();
        List<DbRow> page = new ArrayList<>(more ? rows.subList(0, request.limit()) : rows);
        if (backward) {
            Collections.reverse(page);
        }
        List<Object> data = page.stream().map(StudentLists::student).map(Object.class::cast).toList();
        boolean first = request.cursor() == null && (request.page() == null || request.page() == 1);
        String next = (more || backward) && !page.isEmpty() ? cursor(page.get(page.size() - 1), request, false) : null;
        String prev = !first && (!backward || more) && !page.isEmpty() ? cursor(page.get(0), request, true) : null;
        return new Page<>(data, request.keyset() ? (request.cursor() == null ? Integer.valueOf(1) : null)
                : request.page(), request.limit(), total, true, (total + request.limit() - 1) / request.limit(),
                next, prev);
    }

    private static String cursor(DbRow row, PageRequest request, boolean backward) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < request.sort().columns().size(); i++) {
            values.add(Lister.keyValue(row.column("_k" + i).get()));
        }
        return new Cursor(request.sort().name(), request.descending(), backward, values, request.fingerprint())
                .encode();
    }
}
