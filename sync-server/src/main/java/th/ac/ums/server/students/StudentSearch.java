package th.ac.ums.server.students;

import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.api.Page;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.paging.Cursor;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListQuery;
import th.ac.ums.server.paging.ListStrategy;
import th.ac.ums.server.paging.Lister;
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
 * The other filters apply as well; a {@code sort} cannot be combined with {@code q} (that is
 * {@link SortedSearch}). What {@code q} matches is {@link StudentMatch}; this class adds the
 * statements in the order of what matched, and is a {@link ListStrategy} of the list engine
 * ({@link Lister} reads, maps, pages and totals).
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
        private final StudentMatch match;

        Matched(String q) {
            this.match = StudentMatch.of(q);
        }

        @Override
        public void customize(ListQuery query) {
            match.narrow(query);
        }

        @Override
        public ListQuery.Sql page(ListQuery query) {
            Sql sql = build(match, query.request());
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

    /** Builds the statement for a query string (public for the EXPLAIN test), from what it matches. */
    public static Sql build(String rawQ, PageRequest request) {
        return build(StudentMatch.of(rawQ), request);
    }

    private static Sql build(StudentMatch m, PageRequest request) {
        if (m.branches().size() == 1) {
            return single(m.branches().get(0), request);
        }
        return union(m.branches().get(0), m.branches().get(1), request);
    }

    /** One branch (a code, an e-mail, or a first and a last name), in its index's order. */
    private static Sql single(StudentMatch.Branch b, PageRequest request) {
        String k0 = b.column();
        String k1 = b.other();
        List<Object> params = new ArrayList<>(b.params());
        boolean unique = k0.equals(k1);
        String where = b.condition() + filters(request, params) + (unique ? uniqueKeyset(k0, request, params)
                : keyset(k0, k1, request, params));
        boolean desc = request.cursor() != null && request.cursor().backward();
        // a unique key orders by itself alone: adding id would make MariaDB sort (the unique index is
        // not extended with the primary key)
        String order = unique ? k0 + dir(desc) : k0 + dir(desc) + ", " + k1 + dir(desc) + ", s.id" + dir(desc);
        String sql = "SELECT STRAIGHT_JOIN " + StudentLists.COLUMNS + ", " + k0 + " AS _k0, " + k1 + " AS _k1 FROM "
                + "students s FORCE INDEX (" + b.index() + ") JOIN programs pg ON pg.id = s.program_id WHERE " + where
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

    /** A last-name prefix, and a first-name prefix that is not also one: merged on (matched name, other name, id). */
    private static Sql union(StudentMatch.Branch byLastName, StudentMatch.Branch byFirstName, PageRequest request) {
        boolean desc = request.cursor() != null && request.cursor().backward();
        int innerLimit = request.limit() + 1 + request.offset();
        List<Object> params = new ArrayList<>();
        String byLast = branch(byLastName, desc, innerLimit, request, params);
        String byFirst = branch(byFirstName, desc, innerLimit, request, params);
        params.add(request.limit() + 1);
        String sql = "SELECT * FROM ((" + byLast + ") UNION ALL (" + byFirst + ")) u ORDER BY _k0" + dir(desc)
                + ", _k1" + dir(desc) + ", id" + dir(desc) + " LIMIT ?" + (request.keyset() ? "" : " OFFSET ?");
        if (!request.keyset()) {
            params.add(request.offset());
        }
        return new Sql(sql, params, List.of("_k0", "_k1"));
    }

    private static String branch(StudentMatch.Branch b, boolean desc, int limit, PageRequest request,
                                 List<Object> params) {
        String k0 = b.column();
        String k1 = b.other();
        params.addAll(b.params());
        String where = b.condition() + filters(request, params) + keyset(k0, k1, request, params);
        params.add(limit);
        return "SELECT STRAIGHT_JOIN " + StudentLists.COLUMNS + ", " + k0 + " AS _k0, " + k1 + " AS _k1 FROM "
                + "students s FORCE INDEX (" + b.index() + ") JOIN programs pg ON pg.id = s.program_id WHERE " + where
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
}
