package th.ac.ums.server.http;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.domain.Refusal;

/**
 * The project's id rule on every JSON body: a field named {@code id} or {@code …Id} holding a whole
 * number must be positive ("must be a positive whole number"), so {@code 0} or {@code -5} is never
 * answered "is required" or "is not an invoice" as if it had not been sent.
 */
final class PositiveIds {
    private PositiveIds() {
    }

    static void check(Object body) {
        List<FieldError> errors = new ArrayList<>();
        collect(body, "", errors);
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    private static void collect(Object value, String prefix, List<FieldError> errors) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), prefix + "[" + i + "]", errors);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = read(c, value);
            String name = prefix.isEmpty() ? c.getName() : prefix + "." + c.getName();
            boolean id = c.getName().equals("id") || c.getName().endsWith("Id");
            if (id && v instanceof Number n && !(v instanceof java.math.BigDecimal) && n.longValue() < 1) {
                errors.add(new FieldError(name, "must be a positive whole number"));
            } else {
                collect(v, name, errors);
            }
        }
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
