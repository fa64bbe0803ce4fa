package th.ac.ums.server.paging;

import java.util.Set;

/**
 * The query parameters a route takes: any other, or one given twice, is refused before the
 * handler runs. {@code search} names those where an empty value means "no search";
 * {@code page} marks list routes, which answer a page.
 */
public record ParamSet(Set<String> names, Set<String> search, boolean page) {
    public static final ParamSet NONE = new ParamSet(Set.of(), Set.of(), false);

    public static ParamSet of(String... names) {
        return new ParamSet(Set.of(names), Set.of(), false);
    }

    /** This query without {@code fixed} (filters the path already sets). */
    public ParamSet without(String... fixed) {
        Set<String> left = new java.util.HashSet<>(names);
        left.removeAll(Set.of(fixed));
        return new ParamSet(Set.copyOf(left), search, page);
    }
}
