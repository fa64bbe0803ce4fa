package th.ac.ums.server.students;

import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.Cursor;
import th.ac.ums.server.paging.ListQuery;
import th.ac.ums.server.paging.ListStrategy;
import th.ac.ums.server.paging.Lister;
import th.ac.ums.server.paging.Page;
import th.ac.ums.server.paging.PageRequest;
import th.ac.ums.server.paging.Totals;

/**
 * {@code GET /students?q=}: what a registrar types into a search box, answered from indexes in
 * index order at any depth.
 * <ul>
 *   <li>digits: student-code prefix, in code order;</li>
 *   <li>with an @: e-mail prefix, in e-mail order;</li>
 *   <li>one word (Thai or English script): first- or last-name prefix, ordered by the name that
 *       matched (a UNION of two index-ordered branches, merged on (matched name, other name, id));</li>
 *   <li>two words: first-name prefix and last-name prefix, in first-name order.</li>
 * </ul>
 * The other filters apply as well; a {@code sort} cannot be combined with {@code q}.
 */
public final class StudentSearch {
    /** A page size meaning "every match" (exports): LIMIT n+1 still fits an int. */
    public static final int ALL = Integer.MAX_VALUE - 1;
    private final Lister lister;
    private final SortedSearch sorted;

    public StudentSearch(Lister lister, SortedSearch sorted) {
        this.lister = lister;
        this.sorted = sorted;
    }

    /** The SQL of one search page and its parameters. */
    public record Sql(String text, List<Object> params, List<String> keys) {
    }

    /** A page of the search {@code q} in the order of what matched. */
    public Page<StudentDto> search(String q, PageRequest request) {
        return lister.list(StudentLists.STUDENTS, request, new Matched(q));
    }

    /**
     * The search in the order of what matched, as a strategy of the list engine: its own statement
     * ({@link #build}), its own cursor (the matched name, the other name, the id), and its total: the
     * first page when it holds every match, otherwise the match counted as the sorted search counts it.
     */
    private final class Matched implements ListStrategy {
        private final String q;
        private final SortedSearch.Match match;

        Matched(String q) {
            this.q = q;
            this.match = SortedSearch.match(q);
        }

        @Override
        public void customize(ListQuery query) {
            query.where(match.condition(), match.params().toArray()).searching();
        }

        @Override
        public ListQuery.Sql page(ListQuery query) {
            Sql sql = build(q, query.request());
            return new ListQuery.Sql(sql.text(), sql.params());
        }

        @Override
        public Totals.Total total(ListQuery query, boolean complete, int size, Supplier<Totals.Total> counted) {
            return complete ? new Totals.Total(size, true) : sorted.total(match, query.request(), counted);
        }

        @Override
        public Cursor cursor(DbRow row, PageRequest request, boolean backward) {
            return new Cursor("q", false, backward, List.of(str(row, "_k0"), str(row, "_k1"),
                    ((Number) row.column("id").get()).longValue()), request.fingerprint());
        }
    }

    private static String str(DbRow row, String column) {
        return String.valueOf(row.column(column).get());
    }

    /** Builds the statement for a query string (public for the EXPLAIN test). */
    public static Sql build(String rawQ, PageRequest request) {
        String q = rawQ.trim().replaceAll("\\s+", " ");
        if (q.isEmpty() || q.length() > 100) {
            throw Refusal.invalid("q", "must be 1 to 100 characters");
        }
        String like = escape(q) + "%";
        boolean thai = q.codePoints().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F);
        String first = thai ? "s.first_name_th" : "s.first_name_en";
        String last = thai ? "s.last_name_th" : "s.last_name_en";
        if (q.matches("^[0-9]{1,8}$")) {
            return single("uq_students_code", "s.student_code LIKE ?", List.of(like), "s.student_code",
                    "s.student_code", request);
        }
        if (q.contains("@")) {
            return single("uq_students_email", "s.email LIKE ?", List.of(escape(th.ac.ums.model.validation.EmailAddress.canonical(q)) + "%"), "s.email", "s.email",
                    request);
        }
        int space = q.indexOf(' ');
        if (space > 0) {
            String firstLike = escape(q.substring(0, space)) + "%";
            String lastLike = escape(q.substring(space + 1)) + "%";
            return single(thai ? "ix_students_first_th" : "ix_students_first_en", first + " LIKE ? AND " + last
                    + " LIKE ?", List.of(firstLike, lastLike), first, last, request);
        }
        return union(first, last, like, thai, request);
    }

    private static Sql single(String index, String match, List<Object> matchParams, String k0, String k1,
                              PageRequest request) {
        List<Object> params = new ArrayList<>(matchParams);
        boolean unique = k0.equals(k1);
        String where = match + filters(request, params) + (unique ? uniqueKeyset(k0, request, params)
                : keyset(k0, k1, request, params));
        boolean desc = request.cursor() != null && request.cursor().backward();
        // a unique key orders by itself alone: adding id would make MariaDB sort (the unique index is
        // not extended with the primary key)
        String order = unique ? k0 + dir(desc) : k0 + dir(desc) + ", " + k1 + dir(desc) + ", s.id" + dir(desc);
        String sql = "SELECT STRAIGHT_JOIN " + StudentLists.COLUMNS + ", " + k0 + " AS _k0, " + k1 + " AS _k1 FROM "
                + "students s FORCE INDEX (" + index + ") JOIN programs pg ON pg.id = s.program_id WHERE " + where
                + " ORDER BY " + order + " LIMIT ?" + (request.keyset() ? "" : " OFFSET ?");
        params.add(request.limit() + 1);
        if (!request.keyset()) {
            params.add(request.offset());
        }
        return new Sql(sql, params, List.of(k0, k1));
    }

    private static String uniqueKeyset(String k0, PageRequest request, List<Object> params) {
        Cursor c = request.cursor();
        if (c == null) {
            return "";
        }
        if (c.values().size() != 3) {
            throw Refusal.invalid("cursor", "is not a cursor this server issued");
        }
        params.add(c.values().get(0));
        return " AND " + k0 + (c.backward() ? " < ?" : " > ?");
    }

    private static Sql union(String first, String last, String like, boolean thai, PageRequest request) {
        boolean desc = request.cursor() != null && request.cursor().backward();
        int innerLimit = request.limit() + 1 + request.offset();
        List<Object> params = new ArrayList<>();
        String byLast = branch(thai ? "ix_students_last_th" : "ix_students_last_en", last + " LIKE ?", like, last,
                first, desc, innerLimit, request, params);
        String byFirst = branch(thai ? "ix_students_first_th" : "ix_students_first_en", first + " LIKE ? AND NOT ("
                + last + " LIKE ?)", like, first, last, desc, innerLimit, request, params);
        params.add(request.limit() + 1);
        String sql = "SELECT * FROM ((" + byLast + ") UNION ALL (" + byFirst + ")) u ORDER BY _k0" + dir(desc)
                + ", _k1" + dir(desc) + ", id" + dir(desc) + " LIMIT ?" + (request.keyset() ? "" : " OFFSET ?");
        if (!request.keyset()) {
            params.add(request.offset());
        }
        return new Sql(sql, params, List.of("_k0", "_k1"));
    }

    private static String branch(String index, String match, String like, String k0, String k1, boolean desc,
                                 int limit, PageRequest request, List<Object> params) {
        params.add(like);
        if (match.contains("NOT (")) {
            params.add(like);
        }
        String where = match + filters(request, params) + keyset(k0, k1, request, params);
        params.add(limit);
        return "SELECT STRAIGHT_JOIN " + StudentLists.COLUMNS + ", " + k0 + " AS _k0, " + k1 + " AS _k1 FROM "
                + "students s FORCE INDEX (" + index + ") JOIN programs pg ON pg.id = s.program_id WHERE " + where
                + " ORDER BY " + k0 + dir(desc) + ", " + k1 + dir(desc) + ", s.id" + dir(desc) + " LIMIT ?";
    }

    private static String filters(PageRequest request, List<Object> params) {
        StringBuilder sb = new StringBuilder();
        ListQuery.filterConditions(request, params).forEach(c -> sb.append(" AND ").append(c));
        return sb.toString();
    }

    private static String keyset(String k0, String k1, PageRequest request, List<Object> params) {
        Cursor c = request.cursor();
        if (c == null) {
            return "";
        }
        if (c.values().size() != 3) {
            throw Refusal.invalid("cursor", "is not a cursor this server issued");
        }
        String op = c.backward() ? "<" : ">";
        params.addAll(List.of(c.values().get(0), c.values().get(0), c.values().get(1), c.values().get(0),
                c.values().get(1), c.values().get(2)));
        return " AND (" + k0 + " " + op + " ? OR (" + k0 + " = ? AND " + k1 + " " + op + " ?) OR (" + k0 + " = ? AND "
                + k1 + " = ? AND s.id " + op + " ?))";
    }

    private static String dir(boolean desc) {
        return desc ? " DESC" : " ASC";
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
