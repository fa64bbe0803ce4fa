package th.ac.ums.server.domain;

import java.util.List;
import java.util.Map;
import th.ac.ums.model.validation.FieldError;

/**
 * A rule said no: the one error type services, repositories and the platform throw. It names the
 * kind of refusal, a title and a detail written for people (never SQL or class names), the fields
 * at fault and the facts a caller needs (the current version, when to retry); {@code http} turns
 * each kind into a status and a problem document.
 * <pre>{@code
 * throw Refusal.invalid("amount", "must be more than 0");
 * throw Refusal.stale(currentVersion);
 * }</pre>
 */
public final class Refusal extends RuntimeException {
    /** What kind of no: each maps to one HTTP status in {@code http}. */
    public enum Kind {
        INVALID, BAD_REQUEST, UNAUTHENTICATED, WRONG_CREDENTIALS, FORBIDDEN, NOT_FOUND, CONFLICT, STALE, TOO_MANY,
        UNAVAILABLE
    }

    /** Fact: the record's current version ({@link Kind#STALE}). */
    public static final String CURRENT_VERSION = "currentVersion";
    /** Fact: seconds to wait before trying again ({@link Kind#TOO_MANY}, {@link Kind#UNAVAILABLE}). */
    public static final String RETRY_AFTER = "retryAfter";

    private final Kind kind;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> facts;

    public Refusal(Kind kind, String title, String detail, List<FieldError> errors, Map<String, Object> facts) {
        super(detail, null, false, false);
        this.kind = kind;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.facts = Map.copyOf(facts);
    }

    public Refusal(Kind kind, String title, String detail) {
        this(kind, title, detail, List.of(), Map.of());
    }

    public static Refusal invalid(List<FieldError> errors) {
        return new Refusal(Kind.INVALID, "Invalid input", "One or more fields are invalid.", errors, Map.of());
    }

    public static Refusal invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** A 400 about the request as a whole: its one error is on field "" (the body), saying {@code detail}. */
    public static Refusal badRequest(String detail) {
        return new Refusal(Kind.BAD_REQUEST, "Bad request", detail, List.of(new FieldError("", detail)), Map.of());
    }

    /** No valid session: sign in again. */
    public static Refusal unauthorized() {
        return new Refusal(Kind.UNAUTHENTICATED, "Not authenticated", "Sign in again.");
    }

    /** A sign-in step that did not prove who the caller is (password, code). */
    public static Refusal wrongCredentials(String detail) {
        return new Refusal(Kind.WRONG_CREDENTIALS, "Not authenticated", detail);
    }

    public static Refusal forbidden() {
        return forbidden("Your role does not allow this.");
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, "Forbidden", detail);
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, "Not found", what + " was not found.");
    }

    public static Refusal conflict(String detail) {
        return conflict("Conflict", detail);
    }

    public static Refusal conflict(String title, String detail) {
        return new Refusal(Kind.CONFLICT, title, detail);
    }

    public static Refusal stale(long currentVersion) {
        return new Refusal(Kind.STALE, "Precondition failed",
                "The record was changed by someone else; reload it and apply your change again.",
                List.of(), Map.of(CURRENT_VERSION, currentVersion));
    }

    public static Refusal tooManyRequests(long retryAfterSeconds) {
        long seconds = Math.max(1, retryAfterSeconds);
        return new Refusal(Kind.TOO_MANY, "Too many requests", "Too many attempts; try again in " + seconds + " seconds.",
                List.of(), Map.of(RETRY_AFTER, seconds));
    }

    public static Refusal unavailable(String detail) {
        return new Refusal(Kind.UNAVAILABLE, "Service unavailable", detail, List.of(), Map.of(RETRY_AFTER, 2L));
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** What the caller needs besides the words ({@link #CURRENT_VERSION}, {@link #RETRY_AFTER}). */
    public Map<String, Object> facts() {
        return facts;
    }
}
