package th.ac.ums.client.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.testing.FakeTransport;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;

class ImportViewModelTest {
    private final FakeTransport fake = new FakeTransport();
    private final ImportViewModel vm = new ImportViewModel(new StudentsApi(new ApiClient(fake)), TaskRunner.direct());

    private static Map<String, Object> answer(boolean dryRun, int valid, List<Map<String, String>> errors) {
        return Map.of("dryRun", dryRun, "encoding", "Windows-874 (TIS-620)", "rows", 2, "valid", valid,
                "errors", errors, "created", dryRun ? 0 : valid);
    }

    @Test
    void aCleanFileIsCheckedFirstItsEncodingSaidInWordsThenImported() {
        fake.on("POST", "/students/import", r -> FakeTransport.json(200,
                answer(r.path().contains("dryRun=true"), 2, List.of())));
        vm.check("students.csv", "firstNameTh\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("Windows-874 (TIS-620)", vm.checked().get().encoding());
        I18n i18n = new I18n(I18n.THAI);
        assertEquals("ภาษาไทยของ Windows (Windows-874 / TIS-620) แปลงแล้ว",
                new Formats(i18n).word("ImportEncoding", vm.checked().get().encoding()));
        assertEquals("Thai Windows (Windows-874 / TIS-620), converted",
                new Formats(new I18n(java.util.Locale.ENGLISH)).word("ImportEncoding", vm.checked().get().encoding()));
        assertTrue(vm.importable());
        assertEquals(1, fake.count("POST", "/students/import?dryRun=true"));
        AtomicInteger created = new AtomicInteger();
        vm.commit(created::set);
        assertEquals(2, created.get());
        assertEquals(1, fake.count("POST", "/students/import?dryRun=false"));
    }

    @Test
    void aFileWithErrorsListsThemAndCannotBeImported() {
        fake.on("POST", "/students/import", r -> FakeTransport.json(200,
                answer(true, 1, List.of(Map.of("field", "row[3].email", "message", "must be an e-mail address")))));
        vm.check("students.csv", new byte[] {1});
        assertEquals(1, vm.errors().size());
        assertFalse(vm.importable());
        vm.commit(n -> { });
        assertEquals(0, fake.count("POST", "/students/import?dryRun=false"));
    }
}
