package th.ac.ums.client.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.testing.ManualTasks;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.Balance;
import th.ac.ums.model.Dtos.NamedRef;
import th.ac.ums.model.Dtos.StudentDetail;

class StudentEditorViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final AtomicReference<StudentDetail> stored = new AtomicReference<>(student(3, "somchai@ums.ac.th"));
    private final StudentEditorViewModel vm = new StudentEditorViewModel(new StudentsApi(new ApiClient(fake)),
            TaskRunner.direct());

    static StudentDetail student(long version, String email) {
        return student(7, version, email);
    }

    static StudentDetail student(long id, long version, String email) {
        return new StudentDetail(id, version, "6800000" + id, "สมชาย", "ใจดี", "Somchai", "Jaidee", email, null, 1,
                "ACTIVE", LocalDate.of(2025, 6, 1), Instant.EPOCH, Instant.EPOCH,
                new NamedRef(1, "CS", "วิทยาการคอมพิวเตอร์", "Computer Science"),
                new NamedRef(1, "SCI", "คณะวิทยาศาสตร์", "Faculty of Science"), List.of(),
                new Balance("0.00", "0.00", "0.00", "0.00"), List.of());
    }

    StudentEditorViewModelTest() {
        fake.on("GET", "/students/7", r -> FakeTransport.json(200, stored.get()));
        fake.on("PATCH", "/students/7", r -> {
            long version = Long.parseLong(r.headers().get("If-Match"));
            if (version != stored.get().version()) {
                return FakeTransport.problem(412, "stale", List.of());
            }
            stored.set(student(version + 1, "new@ums.ac.th"));
            return FakeTransport.empty(204);
        });
        vm.load(7);
    }

    @Test
    void theStudentOpenedLastIsShownWhenTheAnswerForTheOneBeforeArrivesAfterIt() {
        ManualTasks manual = new ManualTasks();
        fake.on("GET", "/students/8", r -> FakeTransport.json(200, student(8, 1, "somying@ums.ac.th")));
        StudentEditorViewModel slow = new StudentEditorViewModel(new StudentsApi(new ApiClient(fake)), manual.runner());
        slow.load(7);
        slow.load(8);
        manual.runLast();    // student 8 answers first
        manual.runAll();     // student 7's slow answer arrives late
        assertEquals(8, slow.loaded().get().id(), "the late answer for student 7 is dropped");
        assertEquals("somying@ums.ac.th", slow.email().get());
    }

    @Test
    void theRecordAsItIsNowAfterAStaleSaveIsDroppedWhenAnotherStudentWasOpenedMeanwhile() {
        ManualTasks manual = new ManualTasks();
        fake.on("GET", "/students/8", r -> FakeTransport.json(200, student(8, 1, "somying@ums.ac.th")));
        StudentEditorViewModel slow = new StudentEditorViewModel(new StudentsApi(new ApiClient(fake)), manual.runner());
        slow.load(7);
        manual.runAll();
        stored.set(student(4, "other@ums.ac.th"));
        slow.phone().set("0812345678");
        slow.save();
        manual.runNext();    // the save is refused as stale: the record as it is now is asked for
        assertEquals(1, manual.queued());
        slow.load(8);
        manual.runLast();    // student 8 is shown
        manual.runAll();     // the record of student 7 as it is now arrives late
        assertEquals(8, slow.loaded().get().id());
        assertTrue(slow.conflicts().isEmpty(), "student 7's changes are not shown as conflicts of student 8");
        assertEquals("", slow.message().get());
    }

    @Test
    void invalidInputIsRefusedByTheSharedRulesBeforeAnythingIsSent() {
        vm.email().set("not-an-email");
        vm.firstNameEn().set("");
        vm.save();
        assertTrue(vm.fieldErrors().containsKey("email"), vm.fieldErrors().toString());
        assertEquals(0, fake.count("PATCH", "/students"));
    }

    @Test
    void savingSendsOnlyChangedFieldsWithTheVersion() {
        vm.email().set("new@ums.ac.th");
        vm.save();
        FakeTransport.Seen patch = fake.seen().stream().filter(s -> s.method().equals("PATCH")).findFirst().orElseThrow();
        assertEquals("3", patch.headers().get("If-Match"));
        assertTrue(patch.body().contains("\"email\":\"new@ums.ac.th\""), patch.body());
        assertTrue(patch.body().contains("\"firstNameEn\":null"), "unchanged fields are not sent: " + patch.body());
        assertEquals(4, vm.loaded().get().version());
        assertEquals("form.saved", vm.message().get());
    }

    @Test
    void aStaleSaveKeepsMyEditsAndShowsWhatTheOtherPersonChanged() {
        stored.set(student(4, "other@ums.ac.th"));
        vm.phone().set("0812345678");
        vm.save();
        assertEquals("form.stale", vm.message().get());
        assertEquals("0812345678", vm.phone().get(), "my edit is still there");
        assertEquals(List.of(new StudentEditorViewModel.Conflict("email", "somchai@ums.ac.th", "other@ums.ac.th")), vm.conflicts());
        vm.keepMine();
        FakeTransport.Seen last = fake.seen().stream().filter(s -> s.method().equals("PATCH"))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("4", last.headers().get("If-Match"));
        assertTrue(last.body().contains("\"phone\":\"0812345678\"") && last.body().contains("\"email\":null"),
                "only my field is sent, their e-mail change is not undone: " + last.body());
        assertEquals(5, vm.loaded().get().version(), "saved on top of version 4");
        assertTrue(vm.conflicts().isEmpty());
    }

    @Test
    void reloadAfterAStaleSaveDropsMyEdits() {
        stored.set(student(4, "other@ums.ac.th"));
        vm.phone().set("0812345678");
        vm.save();
        vm.reload();
        assertEquals("", vm.phone().get());
        assertEquals("other@ums.ac.th", vm.email().get());
        assertEquals(Map.of(), Map.copyOf(vm.fieldErrors()));
    }

    @Test
    void serverFieldErrorsLandOnTheirFields() {
        fake.on("PATCH", "/students/7", r -> FakeTransport.problem(409, "E-mail already in use",
                List.of(Map.of("field", "email", "message", "is taken"))));
        vm.email().set("taken@ums.ac.th");
        vm.save();
        assertEquals("is taken", vm.fieldErrors().get("email"));
        assertEquals("E-mail already in use", new th.ac.ums.client.ui.I18n(java.util.Locale.ENGLISH)
                .message(vm.message().get()), "the server's words in English");
    }

    @Test
    void identityDatesTypedInThaiAreSentAsCommonEraDaysWithTheTitleAndNationalId() {
        I18n i18n = new I18n(I18n.THAI);
        Formats formats = new Formats(i18n);
        StudentEditorViewModel thai = new StudentEditorViewModel(new StudentsApi(new ApiClient(fake)),
                TaskRunner.direct(), null, formats);
        thai.load(7);
        thai.title().set("MISS");
        thai.birthDate().set(formats.parseDate("15/3/2548").orElseThrow());
        thai.admittedAt().set(formats.parseDate("2569-06-01").orElseThrow());
        thai.nationalId().set("1-1017-00230-70-8");
        thai.save();
        FakeTransport.Seen patch = fake.seen().stream().filter(s -> s.method().equals("PATCH")).findFirst().orElseThrow();
        assertTrue(patch.body().contains("\"title\":\"MISS\""), patch.body());
        assertTrue(patch.body().contains("\"birthDate\":\"2005-03-15\""), patch.body());
        assertTrue(patch.body().contains("\"admittedAt\":\"2026-06-01\""), patch.body());
        assertTrue(patch.body().contains("\"nationalId\":\"1101700230708\""), patch.body());
    }

    @Test
    void aNationalIdWhoseCheckDigitFailsIsMarkedAndNothingIsSent() {
        vm.nationalId().set("1101700230709");
        vm.save();
        assertEquals("student.nationalIdInvalid", vm.fieldErrors().get("nationalId"));
        assertEquals(0, fake.count("PATCH", "/students"));
    }

    @Test
    void aBuddhistEraYearTypedInEnglishIsAnsweredWithTheYearToWrite() {
        vm.birthDate().set(LocalDate.of(2548, 3, 15));
        vm.save();
        assertEquals("date.buddhistEraYear:2005\u001f2548", vm.fieldErrors().get("birthDate"));
        assertEquals(0, fake.count("PATCH", "/students"));
    }

    @Test
    void theWholeNationalIdIsShownOnRequestAndMaskedAgainForTheNextStudent() {
        stored.set(withId(student(3, "somchai@ums.ac.th"), "XXXXXXXXX0708"));
        fake.on("GET", "/students/7/national-id", r -> FakeTransport.json(200,
                Map.of("studentId", 7, "nationalId", "1101700230708")));
        vm.load(7);
        assertEquals("XXXXXXXXX0708", vm.nationalIdShown().shown().get());
        vm.nationalIdShown().reveal();
        assertEquals("1101700230708", vm.nationalIdShown().shown().get());
        assertTrue(vm.nationalIdShown().whole().get());
        vm.load(7);
        assertEquals("XXXXXXXXX0708", vm.nationalIdShown().shown().get(), "opening a student masks it again");
        assertEquals(1, fake.count("GET", "/students/7/national-id"), "the server is asked (and audits) only on Show");
    }

    static StudentDetail withId(StudentDetail d, String nationalId) {
        return new StudentDetail(d.id(), d.version(), d.studentCode(), d.firstNameTh(), d.lastNameTh(), d.firstNameEn(),
                d.lastNameEn(), d.email(), d.phone(), d.programId(), d.status(), d.admittedAt(), d.createdAt(),
                d.updatedAt(), d.program(), d.faculty(), d.holds(), d.balance(), d.enrollments(), "MR",
                LocalDate.of(2005, 3, 15), nationalId);
    }
}
