package th.ac.ums.server.http;

import io.helidon.http.Method;
import java.util.Set;
import java.util.regex.Pattern;
import th.ac.ums.model.Role;

/**
 * One API route: method, full path template, the roles allowed (empty set: any signed-in
 * staff member; {@code null}: public), its handler, whether a session that must first enrol
 * two-factor sign-in may call it, and the query parameters it takes.
 */
public record Route(Method method, String path, Set<Role> roles, CallHandler handler, Body body,
                    boolean openWhileEnrolling, Query query) {

    /** What request body the route accepts, so content type and size are checked before the handler. */
    public enum Body { NONE, JSON, CSV }

    /**
     * The query parameters a route takes: any other, or one given twice, is refused before the
     * handler runs. {@code search} names those where an empty value means "no search";
     * {@code page} marks list routes, which answer a page.
     */
    public record Query(Set<String> names, Set<String> search, boolean page) {
        public static final Query NONE = new Query(Set.of(), Set.of(), false);

        public static Query of(String... names) {
            return new Query(Set.of(names), Set.of(), false);
        }

        /** This query without {@code fixed} (filters the path already sets). */
        public Query without(String... fixed) {
            Set<String> left = new java.util.HashSet<>(names);
            left.removeAll(Set.of(fixed));
            return new Query(Set.copyOf(left), search, page);
        }
    }

    public boolean isPublic() {
        return roles == null;
    }

    /** A regular expression matching concrete paths of this template. */
    public Pattern pattern() {
        return Pattern.compile("^" + path.replaceAll("\\{[^/]+}", "[^/]+") + "/?$");
    }

    /** A concrete example path, with every parameter replaced by {@code sample}. */
    public String example(String sample) {
        return path.replaceAll("\\{[^/]+}", sample);
    }

    Route with(Query q) {
        return new Route(method, path, roles, handler, body, openWhileEnrolling, q);
    }

    Route openWhileEnrolling(boolean open) {
        return new Route(method, path, roles, handler, body, open, query);
    }
}
