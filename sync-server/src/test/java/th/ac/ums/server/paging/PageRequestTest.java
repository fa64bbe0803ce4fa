package th.ac.ums.server.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.http.ApiException;
import th.ac.ums.server.students.StudentLists;

class PageRequestTest {

    private static PageRequest parse(String query) {
        return PageRequest.parse(QueryParams.of(query), StudentLists.STUDENTS, Set.of());
    }

    private static ApiException refused(String query) {
        // the query's words are checked in http (ApiException), its values by the list's rules (Refusal)
        RuntimeException e = assertThrows(RuntimeException.class, () -> parse(query));
        return e instanceof Refusal r ? ApiException.of(r) : assertInstanceOf(ApiException.class, e);
    }

    @Test
    void defaultsToTwentyRowsFirstKeysetPageByStudentCode() {
        PageRequest r = parse("");
        assertEquals(20, r.limit());
        assertTrue(r.keyset());
        assertNull(r.cursor());
        assertEquals("studentCode", r.sort().name());
    }

    @Test
    void limitAboveOneHundredIsClamped() {
        assertEquals(100, parse("limit=5000").limit());
        assertEquals(100, parse("limit=1000000000").limit(), "a billion is clamped like any number above 100");
        assertEquals(100, parse("limit=99999999999999999999999").limit());
        assertEquals(7, parse("limit=007").limit());
        assertEquals(100, parse("limit=100").limit());
        assertEquals(1, parse("limit=1").limit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=-3", "limit=abc", "limit=1.5", "limit=", "limit=%2010", "limit=10%20",
        "limit=5&limit=6", "limit=+5", "limit=1e3", "limit=000"})
    void limitBelowOneOrNotANumberIs400(String query) {
        ApiException e = refused(query);
        assertEquals(400, e.status());
        assertEquals("limit", e.errors().get(0).field());
    }

    @Test
    void pageIsOneBasedAndExcludesCursor() {
        assertEquals(40, parse("page=3").offset());
        assertEquals("page", refused("page=0").errors().get(0).field());
        assertEquals("page", refused("page=2&cursor=abc").errors().get(0).field());
    }

    @Test
    void sortMustBeWhitelistedAndOfOneDirection() {
        PageRequest r = parse("sort=-lastNameEn");
        assertTrue(r.descending());
        assertEquals(List.of("s.last_name_en", "s.first_name_en", "s.id"), r.sort().columns());
        assertEquals("sort", refused("sort=password_hash").errors().get(0).field());
        assertEquals("sort", refused("sort=lastNameEn,-firstNameEn").errors().get(0).field());
        assertEquals("sort", refused("sort=status,lastNameEn").errors().get(0).field());
    }

    @Test
    void unknownParametersAndBadFilterValuesAre400() {
        assertEquals("programid", refused("programid=3").errors().get(0).field());
        assertEquals("status", refused("status=ENROLLED").errors().get(0).field());
        assertEquals("programId", refused("programId=1%20OR%201=1").errors().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=", "status=%20", "programId=", "status=ACTIVE&status=GRADUATED",
        "status=ACTIVE&status=ACTIVE", "status=active", "status=%20ACTIVE", "programId=%201", "programId=01",
        "sort=", "sort=lastNameEn,", "sort=,lastNameEn", "cursor=", "page=", "page=1&page=2",
        "status=ACTIV%ED%A0%80E", "facultyId=1%00"})
    void emptyRepeatedOrLooselySpelledValuesAre400(String query) {
        ApiException e = refused(query);
        assertEquals(400, e.status());
        assertEquals(query.substring(0, query.indexOf('=')), e.errors().get(0).field());
    }

    @Test
    void aCursorMustBeExactlyTheTextTheServerIssued() {
        PageRequest first = parse("sort=lastNameEn");
        String cursor = new Cursor(first.sort().name(), false, false, List.of("A", "B", 3L), first.fingerprint())
                .encode();
        String json = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
        String padded = java.util.Base64.getUrlEncoder().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String reordered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                json.replace("{\"s\"", "{\"x\":1,\"s\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("cursor", refused("sort=lastNameEn&cursor=" + padded + (padded.equals(cursor) ? "=" : ""))
                .errors().get(0).field());
        assertEquals("cursor", refused("sort=lastNameEn&cursor=" + reordered).errors().get(0).field());
        assertEquals("cursor", refused("sort=lastNameEn&cursor=" + cursor + "&cursor=" + cursor).errors().get(0).field());
    }

    @Test
    void aCursorOnlyFitsTheSortAndFiltersItCameFrom() {
        PageRequest first = parse("status=ACTIVE&sort=lastNameEn");
        String cursor = new Cursor(first.sort().name(), false, false, List.of("A", "B", 3L), first.fingerprint())
                .encode();
        assertEquals(cursor.length() > 0, parse("status=ACTIVE&sort=lastNameEn&cursor=" + cursor).cursor() != null);
        assertEquals("cursor", refused("status=GRADUATED&sort=lastNameEn&cursor=" + cursor).errors().get(0).field());
        assertEquals("cursor", refused("status=ACTIVE&sort=createdAt&cursor=" + cursor).errors().get(0).field());
        assertEquals("cursor", refused("cursor=not-a-cursor").errors().get(0).field());
    }
}
