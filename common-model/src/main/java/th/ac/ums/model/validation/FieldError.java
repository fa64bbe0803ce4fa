package th.ac.ums.model.validation;

/** One problem with one input field, as the server reports it and the desktop shows it. */
public record FieldError(String field, String message) {
}
