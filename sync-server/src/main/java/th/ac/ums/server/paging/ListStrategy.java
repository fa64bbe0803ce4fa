package th.ac.ums.server.paging;

import io.helidon.dbclient.DbRow;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How a list's rows are chosen for one page; everything else of a page (reading the rows, the
 * page size, the order back when paging backwards, the mapper, next and previous cursors, the
 * page numbers and totals' rounding) is done once by {@link Lister}. The plain strategy walks
 * the sort's index ({@link ListQuery#page()}) and counts with {@link Totals}; a search supplies
 * its own candidate statement, its own total, or its own cursor positions.
 *
 * <p>A strategy serves one request: {@link #page} may read what it needs (a search's branch
 * sizes) and keep it for {@link #total}.
 */
public interface ListStrategy {

    /** Conditions on the list's query (the one the counted total counts). */
    default void customize(ListQuery query) {
    }

    /**
     * The statement of one page: at most {@code limit + 1} rows, in the order the page is walked
     * (backwards when the cursor goes back), each with the columns {@link #cursor} reads.
     */
    default ListQuery.Sql page(ListQuery query) {
        return query.page();
    }

    /**
     * The total of {@code query}'s list. {@code complete}: the first page read every match ({@code size}
     * of them); {@code counted}: the list's counted total of {@code query} (cached, capped for a search).
     */
    default Totals.Total total(ListQuery query, boolean complete, int size, Supplier<Totals.Total> counted) {
        return counted.get();
    }

    /** The cursor that continues after (or, {@code backward}, before) {@code row}. */
    default Cursor cursor(DbRow row, PageRequest request, boolean backward) {
        return Lister.sortCursor(row, request, backward);
    }

    /** The plain keyset (or offset) walk of the sort's index, with {@code customize}'s conditions. */
    static ListStrategy walk(Consumer<ListQuery> customize) {
        return new ListStrategy() {
            @Override
            public void customize(ListQuery query) {
                customize.accept(query);
            }
        };
    }
}
