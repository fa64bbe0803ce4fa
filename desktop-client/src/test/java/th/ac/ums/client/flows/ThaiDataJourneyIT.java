package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Role;
import th.ac.ums.model.validation.NationalId;
import th.ac.ums.server.platform.ThaiOrder;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * Thai data done right, on the real console (its default settings, in Thai) against the real
 * server on 20,000 students: the Thai surname sort in dictionary order (a surname written with a
 * leading vowel เ filed among the จ names); a new student with a title in words, dates typed in
 * the Buddhist Era and stored as Christian Era days, and a national ID whose check digit is
 * checked before sending; the Student 360's masked national ID shown whole on request (and masked
 * again when the screen is left); a search typed in the other spelling of a Thai name (tone mark
 * before the lower vowel) finding the student.
 */
class ThaiDataJourneyIT extends JourneySupport {
    static final int STUDENTS = 20_000;
    /** ภู่ทองคำดี as it is stored (lower vowel, then tone mark) and as some keyboards type it. */
    static final String SURNAME = "ภู่ทองคำดี";
    static final String SURNAME_TYPED_OTHERWISE = "ภ\u0E48\u0E39ทองคำ";
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    private final I18n thai = new I18n(I18n.THAI);
    private App app;

    @BeforeAll
    static void seed() {
        long t = System.nanoTime();
        env.seed(STUDENTS);
        System.out.printf("[journey] seeded %,d students in %.1f s%n", STUDENTS, (System.nanoTime() - t) / 1e9);
    }


    @Test
    void aRegistrarWorksWithThaiNamesDatesAndNationalIds() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            if (app != null) {
                Windows.snapshot(app.shellOrLogin().getScene(), Path.of("target", "journey-thai-data-failure.png"));
            }
            throw e;
        }
    }

    private void journey() throws Exception {
        admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        Console.User registrar = Console.user(env, false, Role.REGISTRAR);
        app = Console.start(env, I18n.THAI);
        clickOn("#email").write(registrar.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        Console.waitForShell(app);
        clickOn("#nav-students");
        PagedTableView<StudentDto> grid = grid();
        waitUntil(() -> grid.pagedRows().peek(0) != null);

        surnamesInDictionaryOrder(grid);
        String nationalId = nationalId();
        JsonNode created = newStudent(nationalId);
        nationalIdOnThe360(created, nationalId);
        editTheBirthDate(created.get("id").asLong());
        searchInTheOtherSpelling(grid, created.get("studentCode").asText());
        excelExport(created.get("studentCode").asText(), nationalId);
        importAThaiWindowsFile(created.get("program").get("code").asText());
    }

    /** 6. A CSV saved by Excel on Thai Windows: the check names its encoding in words, then it is imported. */
    private void importAThaiWindowsFile(String programCode) throws Exception {
        String email = "kamala." + System.nanoTime() + "@ums.ac.th";
        String csv = "firstNameTh,lastNameTh,firstNameEn,lastNameEn,email,programCode,admittedAt\r\n"
                + "กมลา,สุขสันต์,Kamala,Suksan," + email + "," + programCode + ",2026-08-03\r\n";
        Path file = Path.of("target", "thai-journey-import.csv");
        java.nio.file.Files.write(file, csv.getBytes(java.nio.charset.Charset.forName("x-windows-874")));
        var tools = app.studentsView().tools();
        javafx.scene.Node owner = lookup("#students-table").query();
        javafx.application.Platform.runLater(() -> tools.importFile(file.toFile(), owner));
        DialogPane d = dialog("import-dialog");
        String encoding = thai.get("import.encoding", "ภาษาไทยของ Windows (Windows-874 / TIS-620) แปลงแล้ว");
        waitUntil(() -> encoding.equals(from(d).lookup("#import-encoding").queryLabeled().getText()));
        waitUntil(() -> !from(d).lookup("#import-commit").queryButton().isDisabled());
        assertEquals("นำเข้านักศึกษา 1 คน", from(d).lookup("#import-commit").queryButton().getText());
        clickOn(from(d).lookup("#import-commit").queryButton());
        waitUntil(() -> d.getScene() == null || !d.getScene().getWindow().isShowing());
        JsonNode row = admin.get("/api/v1/students?q=" + enc(email)).json().get("data").get(0);
        assertEquals("สุขสันต์", row.get("lastNameTh").asText(), "converted from Windows-874");
    }

    /** 5. The search exported as an Excel workbook: the student's row, the national ID masked. */
    private void excelExport(String code, String nationalId) throws Exception {
        Path file = Path.of("target", "thai-journey-students.xlsx");
        java.nio.file.Files.deleteIfExists(file);
        interact(() -> app.studentsView().exportTo(file.toFile()));
        waitUntil(() -> java.nio.file.Files.exists(file));
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
            List<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().read();
            assertEquals(2, rows.size(), "the header and the one student found");
            String line = rows.get(1).stream().map(c -> c == null ? "" : c.getText()).toList().toString();
            assertTrue(line.contains(code) && line.contains(SURNAME), line);
            assertFalse(line.contains(nationalId), "never the whole national ID: " + line);
        }
    }

    /** 1. Sorted by Thai surname: a เจ… surname is filed under จ, among the จ names, in the server's order. */
    private void surnamesInDictionaryOrder(PagedTableView<StudentDto> grid) throws Exception {
        interact(() -> lookup("#students-sort").<String>queryComboBox().setValue("lastNameTh"));
        assertEquals("นามสกุล (ไทย ตามพจนานุกรม)", lookup("#students-sort").<String>queryComboBox()
                .getButtonCell().getText(), "the sort in words");
        int at = firstLeadingVowelAmongCho();
        String first = admin.get("/api/v1/students?sort=lastNameTh&limit=1").json().get("data").get(0)
                .get("studentCode").asText();
        waitUntil(() -> grid.pagedRows().peek(0) != null && grid.pagedRows().peek(0).studentCode().equals(first));
        interact(() -> grid.jumpTo(at));
        waitUntil(() -> grid.pagedRows().peek(at - 1) != null && grid.pagedRows().peek(at + 1) != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = new ArrayList<>();
        for (int i = at - 1; i <= at + 1; i++) {
            String name = cell(grid, i, "name");
            shown.add(name.substring(name.indexOf(' ') + 1));
        }
        assertTrue(shown.get(1).startsWith("เจ"), "a surname with a leading vowel: " + shown);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("จ")), "among the จ names: " + shown);
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(ThaiOrder.key(shown.get(i - 1)).compareTo(ThaiOrder.key(shown.get(i))) <= 0,
                    "in dictionary order: " + shown);
        }
    }

    /** The row of the first surname starting เจ next to one starting จ, in the server's Thai surname order. */
    private int firstLeadingVowelAmongCho() {
        String cursor = null;
        List<String> names = new ArrayList<>();
        while (true) {
            JsonNode page = admin.get("/api/v1/students?sort=lastNameTh&limit=100"
                    + (cursor == null ? "" : "&cursor=" + enc(cursor))).json();
            page.get("data").forEach(s -> names.add(s.get("lastNameTh").asText()));
            for (int i = 1; i + 1 < names.size(); i++) {
                if (names.get(i).startsWith("เจ") && (names.get(i - 1).startsWith("จ") || names.get(i + 1).startsWith("จ"))) {
                    return i;
                }
            }
            JsonNode next = page.get("nextCursor");
            assertFalse(next == null || next.isNull(), "no เจ surname next to a จ one in " + names.size() + " rows");
            cursor = next.asText();
        }
    }

    /** 2. A new student: title in words, BE dates typed, the national ID checked before it is sent. */
    private JsonNode newStudent(String nationalId) throws Exception {
        clickOn("#new-student");
        DialogPane dialog = dialog("new-student-dialog");
        String email = "sudarat." + System.nanoTime() + "@ums.ac.th";
        write(dialog, "#firstNameTh", "สุดารัตน์");
        write(dialog, "#lastNameTh", SURNAME);
        write(dialog, "#firstNameEn", "Sudarat");
        write(dialog, "#lastNameEn", "Phuthongkhamdi");
        write(dialog, "#email", email);
        ComboBox<String> program = from(dialog).lookup("#programId").queryComboBox();
        waitUntil(() -> !program.getItems().isEmpty());
        interact(() -> program.setValue(program.getItems().get(0)));
        ComboBox<String> title = from(dialog).lookup("#title").queryComboBox();
        interact(() -> title.setValue("MISS"));
        assertEquals("นางสาว", title.getButtonCell().getText(), "the title in words");
        typeDate(dialog, "#admittedAt", "1/6/2569");
        typeDate(dialog, "#birthDate", "2548-03-15");
        String wrong = nationalId.substring(0, 12) + (char) ('0' + (nationalId.charAt(12) - '0' + 1) % 10);
        write(dialog, "#nationalId", wrong);
        clickOn("#create-student");
        waitUntil(() -> thai.get("student.nationalIdInvalid").equals(
                from(dialog).lookup("#nationalId-error").queryLabeled().getText()));
        assertTrue(dialog.getScene().getWindow().isShowing(), "nothing was sent: the dialog stays");
        assertEquals(0, admin.get("/api/v1/students?q=" + enc(email)).json().get("total").asInt());
        TextField id = from(dialog).lookup("#nationalId").queryAs(TextField.class);
        interact(id::clear);
        write(dialog, "#nationalId", nationalId);
        clickOn("#create-student");
        waitUntil(() -> dialog.getScene() == null || !dialog.getScene().getWindow().isShowing());

        JsonNode row = admin.get("/api/v1/students?q=" + enc(email)).json().get("data").get(0);
        JsonNode stored = admin.get("/api/v1/students/" + row.get("id").asLong()).json();
        assertEquals("2026-06-01", stored.get("admittedAt").asText(), "1/6/2569 is stored as the CE day");
        assertEquals("2005-03-15", stored.get("birthDate").asText(), "2548-03-15 is stored as the CE day");
        assertEquals("MISS", stored.get("title").asText());
        assertEquals(SURNAME, stored.get("lastNameTh").asText());
        return stored;
    }

    private void write(DialogPane dialog, String id, String text) {
        clickOn(from(dialog).lookup(id).queryAs(javafx.scene.Node.class)).write(text);
    }

    private void typeDate(DialogPane dialog, String id, String typed) {
        DatePicker d = from(dialog).lookup(id).queryAs(DatePicker.class);
        clickOn(d.getEditor()).write(typed).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** 3. The 360 shows the title, the BE birth date and the masked ID; Show asks the server for the whole one. */
    private void nationalIdOnThe360(JsonNode created, String nationalId) throws Exception {
        waitUntil(() -> label("#student-name").equals("สุดารัตน์ " + SURNAME));
        assertEquals(thai.get("student.identity", "นางสาว", "15 มี.ค. 2548"), label("#student-identity"));
        String masked = thai.get("student.nationalIdLine", NationalId.mask(nationalId));
        assertEquals(masked, label("#student-national-id"));
        assertEquals(NationalId.mask(nationalId), created.get("nationalId").asText(), "the server sends it masked");
        assertEquals("แสดง", label("#show-national-id"));
        clickOn("#show-national-id");
        waitUntil(() -> label("#student-national-id").equals(thai.get("student.nationalIdLine", nationalId)));
        assertEquals("ซ่อน", label("#show-national-id"));
        clickOn("#nav-sections");
        clickOn("#nav-students");
        waitUntil(() -> label("#student-national-id").equals(masked));
    }

    /** 3b. The 360's editor takes a BE date too: Ctrl+S sends the CE day. */
    private void editTheBirthDate(long id) throws Exception {
        javafx.scene.Node detail = lookup("#student-detail").query();
        DatePicker birth = (DatePicker) detail.lookup("#birthDate");
        assertEquals("15 มี.ค. 2548", birth.getEditor().getText(), "the editor shows the BE date");
        interact(() -> {
            birth.getEditor().clear();
            birth.getEditor().requestFocus();    // the editor lies under the 360: focus scrolls to it
        });
        write("16/3/2548");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "2005-03-16".equals(admin.get("/api/v1/students/" + id).json().get("birthDate").asText()));
        waitUntil(() -> label("#student-identity").equals(thai.get("student.identity", "นางสาว", "16 มี.ค. 2548")));
    }

    /** 4. The surname typed with the tone mark before the lower vowel finds the student all the same. */
    private void searchInTheOtherSpelling(PagedTableView<StudentDto> grid, String code) throws Exception {
        TextField search = lookup("#students-search").queryAs(TextField.class);
        interact(search::clear);
        clickOn(search).write(SURNAME_TYPED_OTHERWISE).type(KeyCode.ENTER);
        waitUntil(() -> grid.getItems().size() == 1 && grid.pagedRows().peek(0) != null
                && grid.pagedRows().peek(0).studentCode().equals(code));
        assertTrue(cell(grid, 0, "name").endsWith(SURNAME), "the name as stored");
    }

    @SuppressWarnings("unchecked")
    private PagedTableView<StudentDto> grid() {
        return lookup("#students-table").queryAs(PagedTableView.class);
    }

    /** A national ID no seeded student has (the seed's start with other digits), with its check digit. */
    private static String nationalId() {
        String twelve = "8" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        return twelve + NationalId.checkDigit(twelve);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
