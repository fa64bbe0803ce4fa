package th.ac.ums.client.api;

import java.util.List;
import th.ac.ums.model.validation.FieldError;

/**
 * A call that did not succeed: the server's problem, or status 0 when the server could not be
 * reached. Views show {@link #getMessage()} and put {@link #fieldErrors()} next to their fields.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final int UNREACHABLE = 0;

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title());
        this.problem = problem;
    }

    public static ApiException unreachable(String detail) {
        return new ApiException(Problem.of(UNREACHABLE, "Server unreachable", detail));
    }

    /** The text (or message key) to show for a failed background call. */
    public static String messageOf(Throwable t) {
        return t instanceof ApiException e ? e.getMessage() : "error.unexpected";
    }

    public int status() {
        return problem.status();
    }

    public Problem problem() {
        return problem;
    }

    public List<FieldError> fieldErrors() {
        return problem.errors();
    }

    public boolean isUnreachable() {
        return status() == UNREACHABLE;
    }
}
