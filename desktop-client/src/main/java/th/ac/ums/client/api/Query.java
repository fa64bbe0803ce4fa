package th.ac.ums.client.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a path with an encoded query string, skipping blank values. */
public final class Query {
    private final String path;
    private final Map<String, String> params = new LinkedHashMap<>();

    private Query(String path) {
        this.path = path;
    }

    public static Query of(String path) {
        return new Query(path);
    }

    public Query with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            params.put(name, value.toString());
        }
        return this;
    }

    public Query withAll(Map<String, String> more) {
        more.forEach(this::with);
        return this;
    }

    @Override
    public String toString() {
        if (params.isEmpty()) {
            return path;
        }
        StringBuilder b = new StringBuilder(path).append('?');
        params.forEach((k, v) -> b.append(enc(k)).append('=').append(enc(v)).append('&'));
        return b.substring(0, b.length() - 1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
