package th.ac.ums.client.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.StudentDetail;

class NewStudentViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final I18n i18n = new I18n(I18n.THAI);
    private final Formats formats = new Formats(i18n);
    private final NewStudentViewModel vm = new NewStudentViewModel(new StudentsApi(new ApiClient(fake)),
            TaskRunner.direct(), formats);
    private final AtomicReference<StudentDetail> created = new AtomicReference<>();

    NewStudentViewModelTest() {
        fake.on("POST", "/students", r -> FakeTransport.json(201, Map.of("id", 7, "studentCode", "69000042")));
        fake.on("GET", "/students/7", r -> FakeTransport.json(200, StudentEditorViewModelTest.student(1, "s@ums.ac.th")));
        vm.clear();
        vm.firstNameTh().set("สุดารัตน์");
        vm.lastNameTh().set("ภู่ทองคำดี");
        vm.firstNameEn().set("Sudarat");
        vm.lastNameEn().set("Phuthongkhamdi");
        vm.email().set("sudarat@ums.ac.th");
        vm.programId().set("3");
        vm.title().set("MISS");
    }

    @Test
    void aNewStudentIsSentWithTheTitleCodeAndBuddhistEraDatesAsCommonEraDays() {
        vm.admittedAt().set(formats.parseDate("1/6/2569").orElseThrow());
        vm.birthDate().set(formats.parseDate("2548-03-15").orElseThrow());
        vm.nationalId().set("1101700230708");
        vm.create(created::set);
        String body = fake.seen().stream().filter(s -> s.method().equals("POST")).findFirst().orElseThrow().body();
        assertTrue(body.contains("\"title\":\"MISS\"") && body.contains("\"admittedAt\":\"2026-06-01\"")
                && body.contains("\"birthDate\":\"2005-03-15\"") && body.contains("\"nationalId\":\"1101700230708\"")
                && body.contains("\"programId\":3") && body.contains("\"studentCode\":null"), body);
        assertEquals(7, created.get().id());
    }

    @Test
    void aWrongNationalIdAndAChristianEraYearTypedInThaiAreMarkedAndNothingIsSent() {
        vm.admittedAt().set(formats.parseDate("1/6/2026").orElseThrow());
        vm.nationalId().set("1101700230709");
        vm.create(created::set);
        assertEquals("student.nationalIdInvalid", vm.fieldErrors().get("nationalId"));
        assertEquals("ปี 2026 ดูเหมือนปี ค.ศ. วันที่ในภาษาไทยใช้ปี พ.ศ.: ให้เขียน 2569",
                i18n.message(vm.fieldErrors().get("admittedAt")));
        assertEquals(0, fake.count("POST", "/students"));
        assertNull(created.get());
    }

    @Test
    void theServersRefusalLandsUnderItsField() {
        fake.on("POST", "/students", r -> FakeTransport.problem(409, "The national ID is already recorded", List.of(
                Map.of("field", "nationalId", "message", "is already recorded for another student"))));
        vm.admittedAt().set(formats.parseDate("1/6/2569").orElseThrow());
        vm.nationalId().set("1101700230708");
        vm.create(created::set);
        assertEquals("is already recorded for another student", vm.fieldErrors().get("nationalId"));
        assertNull(created.get());
        assertEquals(false, vm.saving().get());
    }
}
