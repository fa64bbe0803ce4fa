package th.ac.ums.server.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.ac.ums.server.students.StudentLists;

class ListQueryTest {

    private static ListQuery.Sql page(String query) {
        PageRequest request = PageRequest.parse(QueryParams.of(query), StudentLists.STUDENTS, Set.of());
        return new ListQuery(StudentLists.STUDENTS, request).page();
    }

    @Test
    void forcesTheIndexThatServesFilterAndSort() {
        assertTrue(page("programId=4&sort=lastNameTh").text()
                .contains("FORCE INDEX (ix_students_program_th_order)"));
        assertTrue(page("status=ACTIVE&sort=-createdAt").text().contains("FORCE INDEX (ix_students_status_created)"));
        assertTrue(page("").text().contains("FORCE INDEX (uq_students_code)"));
    }

    @Test
    void fetchesOneRowMoreThanThePageToKnowIfAnotherFollows() {
        ListQuery.Sql sql = page("limit=25");
        assertTrue(sql.text().endsWith("LIMIT ?"));
        assertEquals(26, sql.params().get(sql.params().size() - 1));
    }

    @Test
    void offsetPagesOfBigListsWalkTheOffsetOnIdsOnlyThenReadThePage() {
        ListQuery.Sql sql = page("limit=10&page=4");
        assertTrue(sql.text().contains("FROM (SELECT s.id FROM students s FORCE INDEX (uq_students_code) "
                + "ORDER BY s.student_code ASC LIMIT ? OFFSET ?) _page JOIN students s FORCE INDEX (PRIMARY) ON s.id = _page.id"), sql.text());
        assertTrue(sql.text().endsWith("ORDER BY s.student_code ASC"), sql.text());
        assertEquals(List.of(11, 30), sql.params().subList(sql.params().size() - 2, sql.params().size()));
    }

    @Test
    void theFirstOffsetPageIsAPlainPage() {
        ListQuery.Sql sql = page("limit=10&page=1");
        assertTrue(sql.text().endsWith("LIMIT ? OFFSET ?"));
        assertFalse(sql.text().contains("_page"));
    }

    @Test
    void keysetConditionIsAUnionOfSeekableRanges() {
        List<Object> params = new java.util.ArrayList<>();
        String where = ListQuery.keyset(List.of("a", "b", "id"), List.of("x", "y", 7L), Set.of(), false, params);
        assertEquals("((a > ?) OR (a = ? AND b > ?) OR (a = ? AND b = ? AND id > ?))", where);
        assertEquals(List.of("x", "x", "y", "x", "y", 7L), params);
        params.clear();
        assertEquals("((b < ?) OR (b = ? AND id < ?))",
                ListQuery.keyset(List.of("a", "b", "id"), List.of("x", "y", 7L), Set.of("a"), true, params));
    }

    @Test
    void columnsFixedByAFilterLeaveOrderBy() {
        String sql = page("status=ACTIVE&sort=status").text();
        assertTrue(sql.contains("ORDER BY s.student_code ASC"), sql);
        assertFalse(sql.contains("ORDER BY s.status"));
    }

    @Test
    void valuesAreAlwaysBoundNeverConcatenated() {
        ListQuery.Sql sql = page("programId=12&status=ACTIVE");
        assertFalse(sql.text().contains("12"));
        assertFalse(sql.text().contains("ACTIVE"));
        assertTrue(sql.params().containsAll(List.of(12L, "ACTIVE")));
    }
}
