package th.ac.ums.server.paging;

import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How one resource is listed: table, joins, selected columns, whitelisted filters and sorts,
 * and the indexes (access paths) that serve each filter + sort without a filesort. Its rows are
 * {@code T}s (the mapper's result), so pages and single records come back typed.
 */
public final class ListSpec<T> {
    private final String name;
    private final String table;
    private final String alias;
    private final String joins;
    private final String select;
    private final List<Filter> filters;
    private final Map<String, SortKey> sorts;
    private final SortKey defaultSort;
    private final boolean defaultDescending;
    private final List<AccessPath> paths;
    private final boolean big;
    private final Function<DbRow, T> mapper;
    private final List<String> requireOneOf;
    private final Set<String> narrowing;
    private final String where;

    private ListSpec(Builder b, Function<DbRow, T> mapper) {
        this.name = b.name;
        this.table = b.table;
        this.alias = b.alias;
        this.joins = b.joins;
        this.select = b.select;
        this.filters = List.copyOf(b.filters);
        this.sorts = Map.copyOf(b.sorts);
        this.defaultSort = b.sorts.get(b.defaultSort);
        this.defaultDescending = b.defaultDescending;
        this.paths = List.copyOf(b.paths);
        this.big = b.big;
        this.mapper = mapper;
        this.requireOneOf = List.copyOf(b.requireOneOf);
        this.narrowing = Set.copyOf(b.narrowing);
        this.where = b.where;
        if (defaultSort == null) {
            throw new IllegalStateException(name + ": default sort " + b.defaultSort + " is not declared");
        }
    }

    /** Declares a list; its row type comes from {@link Builder#mapper}. */
    public static Builder builder(String name, String table, String alias) {
        return new Builder(name, table, alias);
    }

    public String name() {
        return name;
    }

    public String table() {
        return table;
    }

    public String alias() {
        return alias;
    }

    public String joins() {
        return joins;
    }

    public String select() {
        return select;
    }

    public List<Filter> filters() {
        return filters;
    }

    /** Every declared sort (tests walk them all). */
    public java.util.Collection<SortKey> sorts() {
        return sorts.values();
    }

    public Optional<SortKey> sort(String name) {
        return Optional.ofNullable(sorts.get(name));
    }

    public Set<String> sortFields() {
        Set<String> fields = new LinkedHashSet<>();
        sorts.values().forEach(s -> fields.addAll(s.fields()));
        return fields;
    }

    public String sortNames() {
        return String.join(" | ", new java.util.TreeSet<>(sorts.keySet()));
    }

    public SortKey defaultSort() {
        return defaultSort;
    }

    public boolean defaultDescending() {
        return defaultDescending;
    }

    public List<AccessPath> paths() {
        return paths;
    }

    /** True for tables that grow with the number of students: never scanned, never filesorted. */
    public boolean big() {
        return big;
    }

    public Function<DbRow, T> mapper() {
        return mapper;
    }

    /** A condition every page of this list has (for example "still live"), or null. */
    public String where() {
        return where;
    }

    /** Filters of which at least one must be given (lists that are never read whole); empty: none. */
    public List<String> requireOneOf() {
        return requireOneOf;
    }

    /** The query of this list's page route: paging, sort, filters and {@code searches} (blank = no search). */
    public th.ac.ums.server.paging.ParamSet pageQuery(String... searches) {
        Set<String> names = new LinkedHashSet<>(parameterNames());
        names.addAll(List.of(searches));
        return new th.ac.ums.server.paging.ParamSet(Set.copyOf(names), searchNames(searches), true);
    }

    /** The query of this list's export: exactly the page's filters, search and sort; no paging. */
    public th.ac.ums.server.paging.ParamSet exportQuery(String... searches) {
        Set<String> names = new LinkedHashSet<>(parameterNames());
        names.removeAll(PAGING);
        names.addAll(List.of(searches));
        names.add("format");
        return new th.ac.ums.server.paging.ParamSet(Set.copyOf(names), searchNames(searches), false);
    }

    private Set<String> searchNames(String... searches) {
        Set<String> names = new LinkedHashSet<>(List.of(searches));
        filters.stream().filter(Filter::search).forEach(f -> names.add(f.param()));
        return Set.copyOf(names);
    }

    /** The parameters that choose a page rather than rows. */
    public static final Set<String> PAGING = Set.of("limit", "cursor", "page");

    public Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>(List.of("limit", "cursor", "page", "sort"));
        filters.forEach(f -> names.add(f.param()));
        return names;
    }

    /**
     * The index for these filters and this sort: the path whose equality columns are all
     * filtered on, preferring the one with the most equality columns.
     */
    public Optional<AccessPath> pathFor(Set<String> filterParams, SortKey sort) {
        AccessPath best = null;
        for (AccessPath path : paths) {
            if (path.sort().equals(sort.name()) && filterParams.containsAll(path.equalityParams())
                    && (best == null || score(path) > score(best))) {
                best = path;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A path led by a narrowing filter (one student's invoices: tens of rows) beats one with more
     * equality filters that each match many (a term and a status: 85,000 of a million students'
     * invoices, walked to find one student's); otherwise more equality filters win.
     */
    private int score(AccessPath path) {
        boolean narrow = path.equalityParams().stream().anyMatch(narrowing::contains);
        return (narrow ? 100 : 0) + path.equalityParams().size();
    }

    /** Declares a list. */
    public static final class Builder {
        private final String name;
        private final String table;
        private final String alias;
        private String joins = "";
        private String select;
        private final List<Filter> filters = new ArrayList<>();
        private final Map<String, SortKey> sorts = new LinkedHashMap<>();
        private String defaultSort;
        private boolean defaultDescending;
        private final List<AccessPath> paths = new ArrayList<>();
        private boolean big;
        private final List<String> requireOneOf = new ArrayList<>();
        private final Set<String> narrowing = new java.util.HashSet<>();
        private String where;

        private Builder(String name, String table, String alias) {
            this.name = name;
            this.table = table;
            this.alias = alias;
        }

        public Builder joins(String joins) {
            this.joins = joins;
            return this;
        }

        public Builder select(String select) {
            this.select = select;
            return this;
        }

        public Builder filter(Filter filter) {
            filters.add(filter);
            return this;
        }

        /** A sort on API fields {@code fields} (comma-separated) walking {@code columns}. */
        public Builder sort(String fields, String... columns) {
            SortKey key = new SortKey(List.of(fields.split(",")), List.of(columns));
            sorts.put(key.name(), key);
            return this;
        }

        public Builder defaultSort(String sort, boolean descending) {
            this.defaultSort = sort;
            this.defaultDescending = descending;
            return this;
        }

        /** Index {@code index} serves sort {@code sort} after equality on {@code equalities} (query params). */
        public Builder path(String index, String sort, String... equalities) {
            paths.add(new AccessPath(index, List.of(equalities), sort));
            return this;
        }

        public Builder where(String condition) {
            this.where = condition;
            return this;
        }

        public Builder requireOneOf(String... params) {
            requireOneOf.addAll(List.of(params));
            return this;
        }

        /** Filters that leave few rows whatever else is asked (a student, an invoice): their paths come first. */
        public Builder narrowing(String... params) {
            narrowing.addAll(List.of(params));
            return this;
        }

        public Builder big() {
            this.big = true;
            return this;
        }

        /** How a row becomes a {@code T}: the list's row type. */
        public <T> Mapped<T> mapper(Function<DbRow, T> mapper) {
            return new Mapped<>(this, mapper);
        }
    }

    /** A declared list with its row mapper: ready to build. */
    public record Mapped<T>(Builder builder, Function<DbRow, T> mapper) {
        public ListSpec<T> build() {
            return new ListSpec<>(builder, mapper);
        }
    }
}
