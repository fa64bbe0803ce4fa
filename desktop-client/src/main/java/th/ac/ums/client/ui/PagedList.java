package th.ac.ums.client.ui;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableListBase;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.cache.PageCache;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.api.Page;

/**
 * A lazy list over a server list: its size is the (estimated) total, a row not yet loaded is
 * {@code null} (the grid shows a placeholder), and reading a row loads its page in the
 * background. Sequential pages go by keyset cursor (constant cost at any depth); a jump to a
 * page whose cursor is unknown asks for the page number. Answers for an old filter are dropped.
 * Only the UI thread calls this class.
 */
public final class PagedList<T> extends ObservableListBase<T> implements LoadStatus {
    private static final int MAX_IN_FLIGHT = 3;
    private static final int MAX_PENDING = 6;

    private final Function<PageQuery, Page<T>> source;
    private final TaskRunner tasks;
    private final BooleanSupplier online;
    private final int pageSize;
    private final PageCache<T> cache;
    private final Map<Integer, String> cursors = new HashMap<>();
    private final Set<Integer> inFlight = new HashSet<>();
    private final Deque<Integer> pending = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper queries = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private PageQuery query;
    private int generation;
    private int size;
    private boolean totalExact = true;
    private boolean announcing;

    public PagedList(Function<PageQuery, Page<T>> source, TaskRunner tasks, BooleanSupplier online, int pageSize,
                     long cachedPages) {
        this.source = source;
        this.tasks = tasks;
        this.online = online;
        this.pageSize = pageSize;
        this.cache = new PageCache<>(cachedPages);
        this.query = PageQuery.first(Map.of(), null, pageSize);
    }

    /** Shows another filter or sort: everything cached for the old one is forgotten. */
    public void setQuery(Map<String, String> filters, String sort) {
        generation++;
        query = PageQuery.first(filters, sort, pageSize);
        cache.clear();
        cursors.clear();
        inFlight.clear();
        pending.clear();
        error.set("");
        resize(0, true);
        queries.set(generation);
        request(0);
    }

    /** Counts the filters and sorts shown so far: it changes when {@link #setQuery} shows another list. */
    public javafx.beans.property.ReadOnlyIntegerProperty queries() {
        return queries.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty running() {
        return loadingProperty();
    }

    /** Why the first page did not load (the server refused, or does not answer); empty otherwise. */
    @Override
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public boolean totalExact() {
        return totalExact;
    }

    public int pageSize() {
        return pageSize;
    }

    public PageCache<T> cache() {
        return cache;
    }

    public PageQuery query() {
        return query;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<T> rows = cache.get(generation, page).orElse(null);
        if (rows == null) {
            request(page);
            return null;
        }
        int offset = index % pageSize;
        if (offset > pageSize * 3 / 4 && (page + 1) * pageSize < size) {
            request(page + 1);
        } else if (offset < pageSize / 4 && page > 0) {
            request(page - 1);
        }
        return offset < rows.size() ? rows.get(offset) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Looks among the loaded rows only. The table's focus model calls this on every replacement;
     * the inherited version would read (and so load) all million rows.
     */
    @Override
    public int indexOf(Object o) {
        int best = -1;
        for (var e : cache.snapshot().entrySet()) {
            if (e.getKey().generation() == generation) {
                int i = e.getValue().indexOf(o);
                if (i >= 0 && (best < 0 || e.getKey().page() * pageSize + i < best)) {
                    best = e.getKey().page() * pageSize + i;
                }
            }
        }
        return best;
    }

    @Override
    public int lastIndexOf(Object o) {
        int best = -1;
        for (var e : cache.snapshot().entrySet()) {
            if (e.getKey().generation() == generation) {
                int i = e.getValue().lastIndexOf(o);
                best = i >= 0 ? Math.max(best, e.getKey().page() * pageSize + i) : best;
            }
        }
        return best;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** The loaded row at an index, without loading anything. */
    public T peek(int index) {
        List<T> rows = cache.get(generation, index / pageSize).orElse(null);
        return rows == null || index % pageSize >= rows.size() ? null : rows.get(index % pageSize);
    }

    /** Reloads the cached pages holding a row that matches (another desktop changed it). */
    public int refreshWhere(Predicate<T> changed) {
        int n = 0;
        for (var e : cache.snapshot().entrySet()) {
            if (e.getKey().generation() == generation && e.getValue().stream().anyMatch(changed)) {
                fetch(e.getKey().page());
                n++;
            }
        }
        return n;
    }

    /** Asks again for rows in view whose pages failed to load (after coming back online). */
    public void retry(int from, int to) {
        fireRange(Math.max(0, from), Math.min(size, to));
    }

    private void request(int page) {
        if (inFlight.contains(page) || pending.contains(page) || !online.getAsBoolean()) {
            return;
        }
        if (inFlight.size() < MAX_IN_FLIGHT) {
            fetch(page);
            return;
        }
        pending.addFirst(page);
        while (pending.size() > MAX_PENDING) {
            pending.removeLast();
        }
    }

    private void fetch(int page) {
        int gen = generation;
        PageQuery q = page == 0 ? query : cursors.containsKey(page) ? query.atCursor(cursors.get(page))
                : query.atPage(page + 1);
        inFlight.add(page);
        loading.set(true);
        tasks.run(() -> source.apply(q), answer -> arrived(gen, page, answer), failure -> failed(gen, page, failure));
    }

    private void arrived(int gen, int page, Page<T> answer) {
        if (gen != generation) {
            return;
        }
        inFlight.remove(page);
        if (page == 0) {
            error.set("");
        }
        List<T> before = cache.get(gen, page).orElse(null);
        cache.put(gen, page, answer.data());
        if (answer.nextCursor() != null) {
            cursors.put(page + 1, answer.nextCursor());
        }
        int newSize = size;
        if (page == 0) {
            totalExact = answer.totalExact();
            newSize = (int) Math.min(Integer.MAX_VALUE - 1, answer.total());
        }
        if (answer.nextCursor() == null && answer.data().size() < pageSize) {
            newSize = page * pageSize + answer.data().size();
        } else if (answer.nextCursor() != null && (page + 1) * pageSize >= newSize) {
            newSize = (page + 1) * pageSize + 1;
        }
        if (newSize != size) {
            resize(newSize, false);
        }
        if (before == null || before.size() != answer.data().size()) {
            fireRange(page * pageSize, Math.min(size, (page + 1) * pageSize));
        } else {
            fireChanged(page * pageSize, before, answer.data());
        }
        next();
    }

    private void failed(int gen, int page, Throwable failure) {
        if (gen == generation) {
            inFlight.remove(page);
            if (page == 0) {
                error.set(TaskRunner.describe(failure));
            }
            next();
        }
    }

    private void next() {
        while (inFlight.size() < MAX_IN_FLIGHT && !pending.isEmpty()) {
            int page = pending.removeFirst();
            if (cache.get(generation, page).isEmpty() && !inFlight.contains(page)) {
                fetch(page);
            }
        }
        loading.set(!inFlight.isEmpty());
    }

    /** True while this list tells its listeners about a change (a deselection then is not the user's). */
    public boolean announcing() {
        return announcing;
    }

    /** Ends a change, telling the listeners (flagged as {@link #announcing()} meanwhile). */
    private void announce() {
        announcing = true;
        try {
            endChange();
        } finally {
            announcing = false;
        }
    }

    private void resize(int newSize, boolean replaceAll) {
        int old = size;
        size = newSize;
        beginChange();
        if (replaceAll) {
            nextReplace(0, newSize, Collections.nCopies(old, null));
        } else if (newSize > old) {
            nextAdd(old, newSize);
        } else if (newSize < old) {
            nextRemove(newSize, Collections.nCopies(old - newSize, null));
        }
        announce();
    }

    /** A reloaded page: only rows that differ are announced (the others keep their cells and selection). */
    private void fireChanged(int first, List<T> before, List<T> after) {
        beginChange();
        for (int i = 0; i < after.size() && first + i < size; i++) {
            if (!java.util.Objects.equals(before.get(i), after.get(i))) {
                nextSet(first + i, before.get(i));
            }
        }
        announce();
    }

    private void fireRange(int from, int to) {
        if (from >= to) {
            return;
        }
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        announce();
    }
}
