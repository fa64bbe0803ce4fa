package th.ac.ums.server.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.ac.ums.server.domain.Refusal;

/**
 * A validated list request: page size (default 20, clamped to 100), keyset cursor or 1-based
 * offset page, a whitelisted sort, and the parsed equality filters.
 */
public record PageRequest(int limit, Integer page, Cursor cursor, SortKey sort, boolean descending,
                          Map<Filter, Object> filters, String fingerprint) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_PAGE = 1_000_000;

    public static PageRequest parse(QueryParams query, ListSpec<?> spec, java.util.Set<String> extraParams) {
        return parse(query, spec, extraParams, null);
    }

    /**
     * As {@link #parse(QueryParams, ListSpec, java.util.Set)}; with {@code fixedOrder} (a search with its own
     * order), {@code sort} may not be sent and cursors must come from that order.
     */
    public static PageRequest parse(QueryParams query, ListSpec<?> spec, java.util.Set<String> extraParams,
                                    String fixedOrder) {
        return parse(query, spec, extraParams, fixedOrder, Map.of());
    }

    /**
     * As above, with filters fixed by the path (for example the student of
     * /students/{id}/enrollments): they apply, and the query may not name them again.
     */
    public static PageRequest parse(QueryParams query, ListSpec<?> spec, java.util.Set<String> extraParams,
                                    String fixedOrder, Map<String, String> fixedFilters) {
        java.util.Set<String> allowed = new java.util.HashSet<>(spec.parameterNames());
        allowed.addAll(extraParams);
        allowed.add("format");   // an export's file format; the route table says which routes take it
        allowed.removeAll(fixedFilters.keySet());
        query.allowOnly(allowed);
        int limit = query.limit("limit", DEFAULT_LIMIT, MAX_LIMIT);
        Integer page = query.value("page").map(PageRequest::parsePage).orElse(null);
        if (page != null && query.value("cursor").isPresent()) {
            throw Refusal.invalid("page", "cannot be combined with cursor; use one or the other");
        }
        Cursor cursor = query.value("cursor").map(Cursor::decode).orElse(null);
        Map<Filter, Object> filters = new LinkedHashMap<>();
        for (Filter filter : spec.filters()) {
            String fixed = fixedFilters.get(filter.param());
            Object value = fixed != null ? filter.parser().apply(fixed) : filter.parse(query);
            if (value != null) {
                filters.put(filter, value);
            }
        }
        if (!spec.requireOneOf().isEmpty()
                && filters.keySet().stream().noneMatch(f -> spec.requireOneOf().contains(f.param()))) {
            throw Refusal.invalid(spec.requireOneOf().get(0),
                    "is required (or " + String.join(" or ", spec.requireOneOf()) + ")");
        }
        if (fixedOrder != null && query.value("sort").isPresent()) {
            throw Refusal.invalid("sort", "cannot be combined with q: search results come in the order of what matched");
        }
        SortChoice sort = parseSort(query.value("sort").orElse(null), spec);
        String fingerprint = fingerprint(filters, extraParams, query);
        String expectedSort = fixedOrder != null ? fixedOrder : sort.key().name();
        if (cursor != null && (!cursor.sort().equals(expectedSort)
                || fixedOrder == null && cursor.descending() != sort.descending()
                || !cursor.filters().equals(fingerprint))) {
            throw Refusal.invalid("cursor", "belongs to another sort or filter; start again without it");
        }
        return new PageRequest(limit, page, cursor, sort.key(), sort.descending(), filters, fingerprint);
    }

    /** Filters, and the extra (resource-specific) parameters, that a cursor is bound to. */
    static String fingerprint(Map<Filter, Object> filters, java.util.Set<String> extra, QueryParams query) {
        StringBuilder sb = new StringBuilder();
        filters.forEach((f, v) -> sb.append(f.param()).append('=').append(v).append('&'));
        extra.stream().sorted().forEach(name -> query.search(name)
                .ifPresent(v -> sb.append(name).append('=').append(v).append('&')));
        return Integer.toHexString(sb.toString().hashCode());
    }

    private static int parsePage(String raw) {
        if (!raw.matches("^[0-9]+$") || raw.matches("^0+$")) {
            throw Refusal.invalid("page", "must be a whole number from 1");
        }
        String digits = raw.replaceFirst("^0+", "");
        int page = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (page > MAX_PAGE) {
            throw Refusal.invalid("page", "must be at most " + MAX_PAGE + "; use cursor paging for deep pages");
        }
        return page;
    }

    private record SortChoice(SortKey key, boolean descending) {
    }

    private static SortChoice parseSort(String raw, ListSpec<?> spec) {
        if (raw == null) {
            return new SortChoice(spec.defaultSort(), spec.defaultDescending());
        }
        List<String> fields = new ArrayList<>();
        Boolean descending = null;
        for (String part : raw.split(",", -1)) {
            String field = part.trim();
            boolean desc = field.startsWith("-");
            field = desc || field.startsWith("+") ? field.substring(1) : field;
            if (!spec.sortFields().contains(field)) {
                throw Refusal.invalid("sort", "cannot sort by '" + clip(field) + "'; allowed: "
                        + String.join(", ", spec.sortFields()));
            }
            if (descending != null && descending != desc) {
                throw Refusal.invalid("sort", "all sort fields must have the same direction");
            }
            descending = desc;
            fields.add(field);
        }
        SortKey key = spec.sort(String.join(",", fields)).orElseThrow(() -> Refusal.invalid("sort",
                "the combination '" + clip(raw) + "' is not supported; supported: " + spec.sortNames()));
        return new SortChoice(key, descending);
    }

    private static String clip(String s) {
        String c = s.length() > 40 ? s.substring(0, 40) : s;
        return c.replaceAll("[^A-Za-z0-9,+\\-]", "?");
    }

    /** The same request with another page size (an export reads every row: {@code Integer.MAX_VALUE - 1}). */
    public PageRequest withLimit(int size) {
        return new PageRequest(size, page, cursor, sort, descending, filters, fingerprint);
    }

    /** The parsed value of filter {@code param}, or null when it was not given. */
    public Object filter(String param) {
        return filters.entrySet().stream().filter(e -> e.getKey().param().equals(param)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    public boolean keyset() {
        return page == null;
    }

    public int offset() {
        return page == null ? 0 : (page - 1) * limit;
    }
}
