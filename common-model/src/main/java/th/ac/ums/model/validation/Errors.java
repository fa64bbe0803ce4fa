package th.ac.ums.model.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects field errors while a record is checked; the same collector runs on both sides. */
public final class Errors {
    private final List<FieldError> errors = new ArrayList<>();

    public Errors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public Errors addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public List<FieldError> list() {
        return Collections.unmodifiableList(errors);
    }
}
