package th.ac.ums.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import th.ac.ums.server.platform.Json;

/**
 * The version of a record in an answer, so that every GET (and write) of a versioned record
 * carries it as {@code ETag} — the value a client sends back as If-Match, whichever route
 * answered it and whether the body came from a record or from the cache.
 */
final class Versions {
    private Versions() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The {@code version} component of a record, or the {@code version} entry of a map. */
    static OptionalLong of(Object body) {
        if (body instanceof Record r) {
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                if (rc.getName().equals("version")) {
                    return number(invoke(rc, r));
                }
            }
        } else if (body instanceof Map<?, ?> map) {
            return number(map.get("version"));
        }
        return OptionalLong.empty();
    }

    /** The top-level {@code version} of a JSON object (read up to that member only). */
    static OptionalLong of(byte[] json) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return OptionalLong.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("version") && value == JsonToken.VALUE_NUMBER_INT) {
                    return OptionalLong.of(p.getLongValue());
                }
                p.skipChildren();
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong number(Object value) {
        return value instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
    }

    private static Object invoke(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
