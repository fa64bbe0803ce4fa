package th.ac.ums.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ac.ums.model.api.Problem;
import th.ac.ums.model.validation.FieldError;
import th.ac.ums.server.platform.Json;

/** The problem document is common-model's {@link Problem}, written byte for byte as the map it replaced. */
class ProblemsTest {

    /** How the document was written before it was a record: the wire format the record must keep. */
    private static byte[] asMap(int status, String title, String detail, List<FieldError> errors,
                                Map<String, Object> extensions) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", "https://ums.ac.th/problems/" + Problems.slug(status));
        doc.put("title", title);
        doc.put("status", status);
        doc.put("detail", detail);
        if (!errors.isEmpty()) {
            doc.put("errors", errors);
        }
        doc.putAll(extensions);
        return Json.write(doc);
    }

    private static void same(int status, String title, String detail, List<FieldError> errors,
                             Map<String, Object> extensions) {
        assertEquals(new String(asMap(status, title, detail, errors, extensions), StandardCharsets.UTF_8),
                new String(Problems.body(status, title, detail, errors, extensions), StandardCharsets.UTF_8));
    }

    @Test
    void theBytesAreThoseOfTheMapItReplaced() {
        same(404, "Not found", "The student was not found.", List.of(), Map.of());
        same(400, "Invalid input", "One or more fields are invalid.",
                List.of(new FieldError("email", "must be an address"), new FieldError("name", "is required")),
                Map.of());
        same(500, "Internal error", null, List.of(), Map.of());
        Map<String, Object> several = new LinkedHashMap<>();
        several.put("ids", List.of(3L, 1L));
        several.put("holds", List.of("LIBRARY: overdue book"));
        several.put("currentVersion", 7L);
        same(409, "Conflict", "Some could not move.", List.of(new FieldError("ids", "x")), several);
        same(412, "Precondition failed", "Stale.", List.of(), Map.copyOf(several));
    }

    @Test
    void theMembersComeInTheContractsOrder() {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("holds", List.of("A"));
        ext.put("ids", List.of(2L));
        assertEquals("{\"type\":\"https://ums.ac.th/problems/conflict\",\"title\":\"Conflict\",\"status\":409,"
                        + "\"detail\":\"d\",\"errors\":[{\"field\":\"f\",\"message\":\"m\"}],\"holds\":[\"A\"],\"ids\":[2]}",
                new String(Problems.body(409, "Conflict", "d", List.of(new FieldError("f", "m")), ext),
                        StandardCharsets.UTF_8));
    }

    @Test
    void aProblemReadsBackWithItsExtensions() throws Exception {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("holds", List.of("A", "B"));
        ext.put("ids", List.of(2L, 30_000_000_000L));
        Problem p = Json.MAPPER.readValue(Problems.body(409, "Conflict", "d", List.of(new FieldError("f", "m")), ext),
                Problem.class);
        assertEquals(409, p.status());
        assertEquals("https://ums.ac.th/problems/conflict", p.type());
        assertEquals(List.of(new FieldError("f", "m")), p.errors());
        assertEquals(List.of("A", "B"), p.holds());
        assertEquals(List.of(2L, 30_000_000_000L), p.ids());
        Problem plain = Json.MAPPER.readValue(Problems.body(404, "Not found", null, List.of(), Map.of()), Problem.class);
        assertEquals(List.of(), plain.errors());
        assertEquals(Map.of(), plain.extensions());
    }
}
