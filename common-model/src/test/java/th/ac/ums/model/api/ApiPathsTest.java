package th.ac.ums.model.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ApiPathsTest {

    @Test
    void fillsTheParametersInOrder() {
        assertEquals("/students/5", ApiPaths.path(ApiPaths.STUDENT, 5L));
        assertEquals("/students/5/enrollments/9", ApiPaths.path(ApiPaths.STUDENT_ENROLLMENT, 5L, 9L));
        assertEquals("/students", ApiPaths.path(ApiPaths.STUDENTS));
        assertEquals("/faculties/{id}", ApiPaths.one(ApiPaths.FACULTIES));
    }

    @Test
    void refusesTheWrongNumberOfValues() {
        assertThrows(IllegalArgumentException.class, () -> ApiPaths.path(ApiPaths.STUDENT));
        assertThrows(IllegalArgumentException.class, () -> ApiPaths.path(ApiPaths.STUDENT, 1, 2));
    }
}
