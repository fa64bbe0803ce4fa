package th.ac.ums.server.registrar;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the column map of a write, skipping fields a PATCH left out. */
public final class Columns {
    private final Map<String, Object> values = new LinkedHashMap<>();

    public Columns put(String column, Object value) {
        if (value != null) {
            values.put(column, value instanceof String s ? s.trim() : value);
        }
        return this;
    }

    public Map<String, Object> map() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
