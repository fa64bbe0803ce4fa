package th.ac.ums.client.api;

import java.util.List;
import java.util.Map;
import th.ac.ums.model.api.Problem;
import th.ac.ums.model.validation.FieldError;

/**
 * A call that did not succeed: the server's problem, or status 0 when the server could not be
 * reached. Views show {@link #getMessage()} and put {@link #fieldErrors()} next to their fields.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final int UNREACHABLE = 0;
    static final String UNTRUSTED_TYPE = "urn:ums:console:untrusted-certificate";
    static final String REFUSED_TYPE = "urn:ums:console:refused-address";

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title());
        this.problem = problem;
    }

    public static ApiException unreachable(String detail) {
        return new ApiException(Problem.of(UNREACHABLE, "Server unreachable", detail));
    }

    /** The server's certificate is not trusted here, or is not for this address: nothing was sent. */
    public static ApiException untrusted(String detail) {
        return new ApiException(new Problem(UNTRUSTED_TYPE, "Certificate not trusted", UNREACHABLE, detail,
                List.of(), Map.of()));
    }

    /** The console refused the address itself (plain HTTP to another computer): nothing was sent. */
    public static ApiException refused(ServerAddress.Refusal refusal) {
        return new ApiException(new Problem(REFUSED_TYPE, refusal.messageKey(), UNREACHABLE, refusal.messageKey(),
                List.of(), Map.of()));
    }

    /** The text (or message key) to show for a failed background call. */
    public static String messageOf(Throwable t) {
        return t instanceof ApiException e ? e.message() : "error.unexpected";
    }

    /**
     * This problem as a console message (for {@code I18n.message}): an address the console refused
     * by its key; the server unreachable in words; anything else {@code problem:<status>␟<text>},
     * shown in the console's language (the text when the console knows it, else the status's title).
     */
    public String message() {
        if (refusedAddress().isPresent()) {
            return problem.title();
        }
        if (isUnreachable() && !isUntrustedCertificate()) {
            return "list.unreachable.short";
        }
        return th.ac.ums.client.text.Messages.compose("problem", status(), getMessage());
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

    public boolean isUntrustedCertificate() {
        return UNTRUSTED_TYPE.equals(problem.type());
    }

    /** The message key of a refused address, when the console refused it. */
    public java.util.Optional<String> refusedAddress() {
        return REFUSED_TYPE.equals(problem.type()) ? java.util.Optional.of(problem.title()) : java.util.Optional.empty();
    }
}
