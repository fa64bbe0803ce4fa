package th.ac.ums.server.http;

import io.helidon.http.Method;
import java.util.Set;
import java.util.regex.Pattern;
import th.ac.ums.model.Role;
import th.ac.ums.server.paging.ParamSet;

/**
 * One API route: method, full path template, the roles allowed (empty set: any signed-in
 * staff member; {@code null}: public), its handler, whether a session that must first enrol
 * two-factor sign-in may call it, and the query parameters it takes.
 */
public record Route(Method method, String path, Set<Role> roles, CallHandler handler, Body body,
                    boolean openWhileEnrolling, ParamSet query) {

    /** What request body the route accepts, so content type and size are checked before the handler. */
    public enum Body { NONE, JSON, CSV }

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

    Route with(ParamSet q) {
        return new Route(method, path, roles, handler, body, openWhileEnrolling, q);
    }

    Route openWhileEnrolling(boolean open) {
        return new Route(method, path, roles, handler, body, open, query);
    }
}
