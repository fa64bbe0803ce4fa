package th.ac.ums.server.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.platform.Json;

/**
 * An opaque keyset position: the sort it belongs to, its direction, the sort-column values of
 * the row to continue after (or before, when paging back), and a fingerprint of the filters
 * so a cursor cannot be replayed against another filter.
 */
public record Cursor(String sort, boolean descending, boolean backward, List<Object> values, String filters) {

    public String encode() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("s", sort);
        node.put("d", descending);
        node.put("b", backward);
        node.put("f", filters);
        ArrayNode array = node.putArray("v");
        for (Object value : values) {
            if (value instanceof Number n) {
                array.add(n.longValue());
            } else {
                array.add(String.valueOf(value));
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(node));
    }

    public static Cursor decode(String text) {
        try {
            if (text.length() > 2000) {
                throw new IllegalArgumentException();
            }
            JsonNode node = Json.MAPPER.readTree(new String(Base64.getUrlDecoder().decode(text),
                    StandardCharsets.UTF_8));
            List<Object> values = new ArrayList<>();
            for (JsonNode v : node.get("v")) {
                values.add(v.isIntegralNumber() ? (Object) v.asLong() : v.asText());
            }
            Cursor cursor = new Cursor(node.get("s").asText(), node.get("d").asBoolean(), node.get("b").asBoolean(),
                    values, node.get("f").asText());
            if (!cursor.encode().equals(text)) {
                // only the exact text this server issued: no second spelling of the same position
                throw new IllegalArgumentException();
            }
            return cursor;
        } catch (RuntimeException | java.io.IOException e) {
            throw Refusal.invalid("cursor", "is not a cursor this server issued");
        }
    }
}
