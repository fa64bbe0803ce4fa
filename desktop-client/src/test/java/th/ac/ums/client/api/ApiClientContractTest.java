package th.ac.ums.client.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.api.ApiPaths;
import th.ac.ums.model.api.Page;
import th.ac.ums.model.validation.FieldError;

/** The console reads common-model's contract records: a page, and a problem with its extension members. */
class ApiClientContractTest {

    @Test
    void aProblemKeepsItsErrorsAndTheMembersTheConsoleShows() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://ums.ac.th/problems/conflict");
        body.put("title", "Conflict");
        body.put("status", 409);
        body.put("detail", "Blocked.");
        body.put("errors", List.of(Map.of("field", "sectionId", "message", "is full")));
        body.put("holds", List.of("LIBRARY: overdue book", "FINANCE: unpaid"));
        body.put("ids", List.of(4, 30_000_000_000L));
        body.put("currentVersion", 7);
        ApiClient api = new ApiClient(new FakeTransport().on("POST", "/holds", s -> FakeTransport.json(409, body)));
        ApiException e = assertThrows(ApiException.class,
                () -> api.send("POST", ApiPaths.HOLDS, Map.of(), Map.of(), Void.class));
        assertEquals(409, e.status());
        assertEquals("Blocked.", e.getMessage());
        assertEquals(List.of(new FieldError("sectionId", "is full")), e.fieldErrors());
        assertEquals(List.of("LIBRARY: overdue book", "FINANCE: unpaid"), e.problem().holds());
        assertEquals(List.of(4L, 30_000_000_000L), e.problem().ids());
        assertEquals(7, e.problem().extensions().get("currentVersion"));
    }

    @Test
    void aProblemWithoutStatusTakesTheAnswersAndAnUnreadableOneSaysSo() {
        ApiClient api = new ApiClient(new FakeTransport()
                .on("GET", "/me", s -> FakeTransport.json(403, Map.of("title", "Forbidden")))
                .on("GET", "/students", s -> new Transport.Response(502, Map.of(),
                        new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8)))));
        ApiException noStatus = assertThrows(ApiException.class, () -> api.get(ApiPaths.ME, Map.class));
        assertEquals(403, noStatus.status());
        assertEquals("Forbidden", noStatus.getMessage());
        assertEquals(List.of(), noStatus.problem().holds());
        ApiException unreadable = assertThrows(ApiException.class, () -> api.get(ApiPaths.STUDENTS, Map.class));
        assertEquals(502, unreadable.status());
        assertEquals("The server answered 502.", unreadable.getMessage());
    }

    @Test
    void aPageIsReadIntoTheSharedRecord() {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("data", List.of());
        page.put("page", null);
        page.put("pageSize", 100);
        page.put("total", 12_345);
        page.put("totalExact", false);
        page.put("totalPages", 124);
        page.put("nextCursor", "abc");
        page.put("prevCursor", null);
        FakeTransport fake = new FakeTransport().on("GET", "/students", s -> FakeTransport.json(200, page));
        Page<StudentDto> p = new StudentsApi(new ApiClient(fake)).page(PageQuery.first(Map.of(), null, 100));
        assertNull(p.page());
        assertEquals(12_345, p.total());
        assertEquals("abc", p.nextCursor());
        assertEquals("/students", fake.seen().get(0).path().split("\\?")[0]);
    }
}
