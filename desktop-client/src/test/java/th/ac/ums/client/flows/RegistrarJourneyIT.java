package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;
import th.ac.ums.client.App;
import th.ac.ums.client.shell.Screen;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.testing.Windows;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.client.ui.WrapLabel;
import th.ac.ums.model.Dtos.ApplicationDto;
import th.ac.ums.model.Dtos.SectionDto;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Dtos.TermDto;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * A registrar's day on the real console (its default settings, in Thai) against the real server
 * on a university of 20,000 students: find students by part of a Thai surname (and by code,
 * e-mail, English name), sorted by code or by name, a refused search shown as an error and zero
 * only when the server says zero; filter by faculty, program and status with words and a count;
 * the Student 360 (program, faculty, enrolments, balance) and a hold placed there, named with who
 * placed it; edit and save (Esc reverts a field, errors wrap, leaving asks); enrol by course code
 * and the person picker, and a refusal naming the hold once; admissions decided on exactly the
 * rows selected after a review. What is asserted is what a person reads on the screen.
 */
class RegistrarJourneyIT extends JourneySupport {
    static final int STUDENTS = 20_000;
    static final String REGISTRAR_NAME = "สุดา ทะเบียนดี";
    static final String REASON = "ค้างชำระค่าหอพัก";
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    private App app;
    private final I18n thai = new I18n(I18n.THAI);

    @BeforeAll
    static void seed() {
        long t = System.nanoTime();
        env.seed(STUDENTS);
        System.out.printf("[journey] seeded %,d students in %.1f s%n", STUDENTS, (System.nanoTime() - t) / 1e9);
    }


    @Test
    void aRegistrarFindsFiltersOpensEditsEnrolsAndDecidesAdmissions() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError e) {
            if (app != null) {
                Windows.snapshot(app.shellOrLogin().getScene(), Path.of("target", "journey-registrar-failure.png"));
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private void journey() throws Exception {
        long started = System.nanoTime();
        admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        // two active students with classes this term and no holds: one gets a hold, one is enrolled
        List<JsonNode> free = new ArrayList<>();
        for (JsonNode s : admin.get("/api/v1/students?status=ACTIVE&sort=studentCode&limit=60").json().get("data")) {
            JsonNode d = admin.get("/api/v1/students/" + s.get("id").asLong()).json();
            if (d.get("holds").isEmpty() && !d.get("enrollments").isEmpty()) {
                free.add(d);
            }
            if (free.size() == 2) {
                break;
            }
        }
        assertEquals(2, free.size());
        JsonNode held = free.get(0);
        JsonNode other = free.get(1);
        String code = held.get("studentCode").asText();
        String nameTh = held.get("firstNameTh").asText() + " " + held.get("lastNameTh").asText();

        Console.User registrar = Console.user(env, false, Role.REGISTRAR);
        JsonNode user = admin.get("/api/v1/users/" + registrar.id()).json();
        assertEquals(200, admin.header("If-Match", user.get("version").asText()).patch("/api/v1/users/"
                + registrar.id(), Map.of("displayName", REGISTRAR_NAME)).status());
        app = Console.start(env, I18n.THAI);
        clickOn("#email").write(registrar.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        Console.waitForShell(app);

        // 1. find by part of a Thai surname, as typed, in the console's own default sort (code)
        clickOn("#nav-students");
        PagedTableView<StudentDto> grid = lookup("#students-table").queryAs(PagedTableView.class);
        waitUntil(() -> grid.pagedRows().peek(0) != null);
        String part = held.get("lastNameTh").asText().substring(0, 4);
        clickOn("#students-search").write(part).type(KeyCode.ENTER);
        waitUntil(() -> grid.pagedRows().peek(0) != null && grid.pagedRows().peek(0).lastNameTh().startsWith(part)
                || grid.pagedRows().peek(0) != null && grid.pagedRows().peek(0).firstNameTh().startsWith(part));
        JsonNode expected = admin.get("/api/v1/students?sort=studentCode&limit=100&q=" + enc(part)).json();
        waitUntil(() -> label("#students-count").equals(expected.get("totalExact").asBoolean()
                ? thai.get("students.count", count(expected.get("total").asLong()))
                : thai.get("students.countMore", count(expected.get("total").asLong()))));
        List<String> codes = loadedCodes(grid);
        assertEquals(codes.stream().sorted().toList(), codes, "sorted by student code, the console's default");
        assertEquals(expected.get("data").get(0).get("studentCode").asText(), codes.get(0));
        for (int i = 0; i < Math.min(20, grid.getItems().size()); i++) {
            StudentDto s = grid.pagedRows().peek(i);
            assertTrue(s.lastNameTh().startsWith(part) || s.firstNameTh().startsWith(part), s.toString());
        }
        // sorted by name (Thai surname) instead
        interact(() -> lookup("#students-sort").<String>queryComboBox().setValue("lastNameTh"));
        JsonNode byName = admin.get("/api/v1/students?sort=lastNameTh&limit=5&q=" + enc(part)).json();
        waitUntil(() -> grid.pagedRows().peek(0) != null && grid.pagedRows().peek(0).studentCode().equals(
                byName.get("data").get(0).get("studentCode").asText()));
        assertEquals("นามสกุล (ไทย ตามพจนานุกรม)", lookup("#students-sort").<String>queryComboBox().getButtonCell().getText());
        interact(() -> lookup("#students-sort").<String>queryComboBox().setValue("studentCode"));
        // by code prefix, e-mail and English first name
        search(code.substring(0, 6));
        waitUntil(() -> grid.pagedRows().peek(0) != null && grid.pagedRows().peek(0).studentCode().startsWith(
                code.substring(0, 6)));
        search(held.get("email").asText());
        waitUntil(() -> grid.getItems().size() == 1 && grid.pagedRows().peek(0) != null
                && grid.pagedRows().peek(0).studentCode().equals(code));
        assertEquals(thai.get("students.countOne"), label("#students-count"));
        search(held.get("firstNameEn").asText().toLowerCase());
        waitUntil(() -> grid.pagedRows().peek(0) != null && grid.pagedRows().peek(0).firstNameEn()
                .equalsIgnoreCase(held.get("firstNameEn").asText()));
        // a refused search is an error, not "0 students"; zero only when the server says so
        interact(() -> lookup("#students-search").queryAs(TextField.class).setText("ก".repeat(201)));
        clickOn("#students-go");
        waitUntil(() -> placeholder(grid).startsWith("เซิร์ฟเวอร์ปฏิเสธคำขอ:"));
        assertEquals(thai.get("students.countFailed"), label("#students-count"));
        search("ฮฮฮฮฮ");
        waitUntil(() -> placeholder(grid).equals(thai.get("students.empty")));
        assertEquals(thai.get("students.count", "0"), label("#students-count"));

        // 2. faculty, program and status together, in words, with the count
        interact(() -> lookup("#students-search").queryAs(TextField.class).clear());
        JsonNode program = admin.get("/api/v1/programs/" + held.get("programId").asLong()).json();
        long facultyId = program.get("facultyId").asLong();
        JsonNode faculty = admin.get("/api/v1/faculties/" + facultyId).json();
        ComboBox<String> facultyBox = lookup("#students-faculty").queryComboBox();
        waitUntil(() -> facultyBox.getItems().contains(Long.toString(facultyId)));
        interact(() -> facultyBox.setValue(Long.toString(facultyId)));
        ComboBox<String> programBox = lookup("#students-program").queryComboBox();
        waitUntil(() -> programBox.getItems().contains(program.get("id").asText()));
        assertTrue(programBox.getItems().stream().allMatch(id -> id.isEmpty() || programOf(id) == facultyId),
                "only the faculty's programs are offered");
        interact(() -> programBox.setValue(program.get("id").asText()));
        interact(() -> lookup("#students-status").<String>queryComboBox().setValue("ACTIVE"));
        assertEquals(faculty.get("nameTh").asText(), facultyBox.getButtonCell().getText());
        assertEquals(program.get("code").asText() + " " + program.get("nameTh").asText(),
                programBox.getButtonCell().getText());
        assertEquals("กำลังศึกษา", lookup("#students-status").<String>queryComboBox().getButtonCell().getText());
        JsonNode filtered = admin.get("/api/v1/students?sort=studentCode&limit=1&status=ACTIVE&facultyId=" + facultyId
                + "&programId=" + program.get("id").asText()).json();
        assertTrue(filtered.get("totalExact").asBoolean(), "a filtered list's total is exact: " + filtered);
        String filteredCount = thai.get("students.count", count(filtered.get("total").asLong()));
        waitUntil(() -> label("#students-count").equals(filteredCount));

        // 3. the Student 360
        waitUntil(() -> rowOf(grid, code) >= 0 || grid.getItems().size() > 0 && grid.pagedRows().peek(0) != null);
        search(code);
        waitUntil(() -> rowOf(grid, code) == 0);
        interact(() -> grid.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> nameTh.equals(label("#student-name")));
        assertTrue(label("#student-program").contains(program.get("code").asText() + " "
                + program.get("nameTh").asText()), label("#student-program"));
        assertTrue(label("#student-faculty").contains(faculty.get("nameTh").asText()), label("#student-faculty"));
        assertTrue(label("#student-balance").startsWith("แจ้งหนี้ "), label("#student-balance"));
        assertFalse(lookup("#student-invoices-link").tryQuery().isPresent(), "registrars do not read invoices");
        TableView<?> enrolments = lookup("#student-enrollments").queryTableView();
        JsonNode first = held.get("enrollments").get(0);
        assertEquals(first.get("termCode").asText(), cellText(enrolments, 0, 0));
        assertEquals(first.get("courseCode").asText(), cellText(enrolments, 0, 1));
        assertEquals(first.get("courseTitleTh").asText(), cellText(enrolments, 0, 2));
        assertEquals(first.get("sectionNo").asText(), cellText(enrolments, 0, 3));
        // a hold, placed here with the person picker starting on this student
        clickOn("#place-hold");
        DialogPane holdDialog = dialog("hold-dialog");
        assertTrue(((TextField) holdDialog.lookup("#hold-student")).getText().startsWith(code + " " + nameTh));
        clickOn(holdDialog.lookup("#reason")).write(REASON).type(KeyCode.ENTER);
        waitUntil(() -> Windows.anyDialog() == null);
        waitUntil(() -> label("#hold-message").equals("ระงับสิทธิ์ประเภท การเงิน ของ " + code + " " + nameTh + " แล้ว"));
        Node holds = lookup("#student-holds").query();
        waitUntil(() -> Windows.text(holds).contains(REASON));
        String card = Windows.text(holds);
        assertTrue(card.startsWith("การเงิน — " + REASON + "\n"), card);
        assertTrue(card.matches("(?s).*ระงับการลงทะเบียนเรียน · โดย " + REGISTRAR_NAME
                + " เมื่อ \\d{1,2} .+ 25\\d\\d \\d\\d:\\d\\d.*"), "who placed it, by name, and when: " + card);
        // a second hold, placed and lifted here: Lift (registrar) reviews what is lifted and asks why
        String lifted = "ยืมหนังสือห้องสมุดเกินกำหนด";
        clickOn("#place-hold");
        DialogPane second = dialog("hold-dialog");
        clickOn(second.lookup("#reason")).write(lifted).type(KeyCode.ENTER);
        waitUntil(() -> Windows.anyDialog() == null);
        waitUntil(() -> Windows.text(holds).contains(lifted));
        // the list is drawn again when the student reloads after the hold: click the button that stays
        Node liftButton = settled(() -> holds.lookupAll(".hold-card").stream()
                .filter(c -> Windows.text(c).contains(lifted)).findFirst().map(c -> c.lookup(".lift-hold"))
                .orElse(null));
        assertEquals("ยกเลิกการระงับ…", ((javafx.scene.control.Button) liftButton).getText());
        clickOn(liftButton);
        DialogPane lift = dialog("lift-hold-dialog");
        String liftReview = Windows.text(lift);
        assertTrue(liftReview.contains(code + " " + nameTh) && liftReview.contains("การเงิน — " + lifted), liftReview);
        clickOn(lift.lookup("#lift-reason")).type(KeyCode.ENTER);
        waitUntil(() -> lift.lookup("#reason-error").isVisible());
        assertEquals("เขียนเหตุผลที่ยกเลิกการระงับ", ((Label) lift.lookup("#reason-error")).getText());
        clickOn(lift.lookup("#lift-reason")).write("คืนหนังสือแล้ว").type(KeyCode.ENTER);
        waitUntil(() -> Windows.anyDialog() == null);
        waitUntil(() -> label("#hold-message").equals("ยกเลิกการระงับสิทธิ์ประเภท การเงิน ของ " + code + " " + nameTh
                + " แล้ว"));
        waitUntil(() -> !Windows.text(holds).contains(lifted) && Windows.text(holds).contains(REASON));
        JsonNode all = admin.get("/api/v1/holds?studentId=" + held.get("id").asLong() + "&limit=100").json().get("data");
        boolean liftedOnServer = false;
        for (JsonNode h : all) {
            if (h.get("reason").asText().equals(lifted)) {
                liftedOnServer = !h.get("active").asBoolean() && h.get("liftReason").asText().equals("คืนหนังสือแล้ว");
            }
        }
        assertTrue(liftedOnServer, "the server has the hold lifted with its reason: " + all);

        // 4. edit and save: Esc reverts a field, an error wraps under its field, Ctrl+S saves
        Node detail = lookup("#student-detail").query();
        TextField phone = (TextField) detail.lookup("#phone");
        String before = phone.getText();
        interact(phone::requestFocus);
        clickOn(phone).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0891234567");
        type(KeyCode.ESCAPE);
        assertEquals(before, phone.getText(), "Esc put the field back");
        TextField email = (TextField) detail.lookup("#email");
        interact(() -> email.setText("ไม่ใช่อีเมล"));
        clickOn("#save-student");
        Label emailError = (Label) detail.lookup("#email-error");
        waitUntil(emailError::isVisible);
        assertTrue(emailError instanceof WrapLabel, "field errors wrap under their field");
        interact(() -> email.setText(held.get("email").asText()));
        interact(phone::requestFocus);
        clickOn(phone).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0891234567");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "บันทึกแล้ว".equals(((Label) detail.lookup("#student-message")).getText()));
        assertEquals("0891234567", admin.get("/api/v1/students/" + held.get("id").asLong()).json().get("phone")
                .asText());
        interact(phone::requestFocus);
        clickOn(phone).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0800000000");
        clickOn("#nav-sections");
        DialogPane unsaved = dialog("unsaved-dialog");
        assertTrue(Windows.text(unsaved).contains(code + " " + nameTh), Windows.text(unsaved));
        answer(unsaved, "อยู่ที่นี่ต่อ");
        assertEquals(Screen.STUDENTS, app.shell().current(), "Stay keeps the screen and the edit");
        assertEquals("0800000000", phone.getText());
        clickOn("#nav-sections");
        answer(dialog("unsaved-dialog"), "ทิ้งการแก้ไข");
        waitUntil(() -> app.shell().current() == Screen.SECTIONS);

        // 5. enrol: the course by its code, the student with the person picker; success in words
        ComboBox<TermDto> term = lookup("#term").queryComboBox();
        waitUntil(() -> term.getValue() != null);
        long termId = term.getValue().id();
        List<String> taken = new ArrayList<>();
        other.get("enrollments").forEach(e -> taken.add(e.get("courseCode").asText()));
        JsonNode section = null;
        for (JsonNode s : admin.get("/api/v1/sections?termId=" + termId + "&limit=100").json().get("data")) {
            if (s.get("enrolled").asInt() < s.get("capacity").asInt() && !taken.contains(s.get("courseCode").asText())) {
                section = s;
                break;
            }
        }
        assertNotNull(section);
        String courseCode = section.get("courseCode").asText();
        clickOn("#enroll-course").write(courseCode.substring(0, 5));
        var course = th.ac.ums.client.ui.TypeAhead.of(lookup("#enroll-course").query());
        waitUntil(() -> course.popup().isShowing() && !course.results().getItems().isEmpty());
        write(courseCode.substring(5));
        waitUntil(() -> course.results().getItems().size() == 1);
        type(KeyCode.ENTER);
        PagedTableView<SectionDto> sections = lookup("#sections-table").queryAs(PagedTableView.class);
        waitUntil(() -> sections.pagedRows().peek(0) != null && sections.getItems().stream()
                .allMatch(x -> x == null || x.courseCode().equals(courseCode)));
        String sectionNo = section.get("sectionNo").asText();
        int sectionRow = 0;
        while (!sections.pagedRows().peek(sectionRow).sectionNo().equals(sectionNo)) {
            sectionRow++;
        }
        int chosenRow = sectionRow;
        interact(() -> sections.getSelectionModel().clearAndSelect(chosenRow));
        String otherCode = other.get("studentCode").asText();
        String otherName = other.get("firstNameTh").asText() + " " + other.get("lastNameTh").asText();
        String otherSurname = other.get("lastNameTh").asText();
        pick("#enroll-student", other.get("firstNameTh").asText() + " " + otherSurname.substring(0, 2),
                otherSurname.substring(2), otherCode);
        clickOn("#enroll");
        String what = thai.get("sections.section", courseCode, section.get("courseTitleTh").asText(), sectionNo,
                section.get("termCode").asText());
        String enrolled = "ลงทะเบียน " + otherCode + " " + otherName + " ใน " + what + " แล้ว";
        waitUntil(() -> enrolled.equals(label("#sections-message")));
        assertTrue(admin.get("/api/v1/students/" + other.get("id").asLong() + "/enrollments?limit=100").text()
                .contains("\"sectionId\":" + section.get("id").asLong()), "the server has the enrolment");
        // the student with the hold: refused, each hold named once, in a place in view
        interact(() -> lookup("#enroll-student").queryAs(TextField.class).clear());
        pick("#enroll-student", code.substring(0, 4), code.substring(4), code);
        clickOn("#enroll");
        String blocked = code + " " + nameTh + " ลงทะเบียนใน " + what + " ไม่ได้ เนื่องจากถูกระงับสิทธิ์การลงทะเบียน:";
        waitUntil(() -> blocked.equals(label("#sections-message")));
        Node holdsShown = lookup("#enroll-holds").query();
        assertEquals("• การเงิน — " + REASON, Windows.text(holdsShown));
        String screen = Windows.text(app.shellOrLogin());
        assertEquals(1, screen.split(REASON, -1).length - 1, "the hold is named once: " + screen);
        for (Node n : app.shellOrLogin().lookupAll(".text-input")) {
            String prompt = ((TextInputControl) n).getPromptText();
            assertFalse(prompt != null && prompt.toLowerCase().matches(".*\\bid\\b.*"), "no field asks for an id: "
                    + prompt);
        }

        // 6. admissions: decide exactly the rows selected, after a review with their count and names
        clickOn("#nav-admissions");
        PagedTableView<ApplicationDto> apps = lookup("#applications-table").queryAs(PagedTableView.class);
        waitUntil(() -> apps.getItems().size() > 4 && apps.pagedRows().peek(4) != null);
        List<ApplicationDto> chosen = List.of(apps.pagedRows().peek(0), apps.pagedRows().peek(1),
                apps.pagedRows().peek(2));
        ApplicationDto notChosen = apps.pagedRows().peek(3);
        interact(() -> apps.getSelectionModel().selectIndices(0, 1, 2));
        assertEquals("เลือกแล้ว 3 รายการ", label("#applications-selected"));
        clickOn("#decide-accepted");
        DialogPane review = dialog("admissions-review");
        String said = Windows.text(review);
        assertTrue(said.contains(thai.get("admissions.reviewDecide", "3", "ผ่านการคัดเลือก")), said);
        for (ApplicationDto a : chosen) {
            assertTrue(said.contains(a.firstNameTh() + " " + a.lastNameTh()), said);
        }
        assertFalse(said.contains(notChosen.firstNameTh() + " " + notChosen.lastNameTh()), said);
        type(KeyCode.ENTER);
        waitUntil(() -> Windows.anyDialog() == null);
        String decided = thai.get("admissions.decidedNames", "3", "ผ่านการคัดเลือก", chosen.stream()
                .map(a -> a.firstNameTh() + " " + a.lastNameTh()).collect(java.util.stream.Collectors.joining(", ")));
        waitUntil(() -> label("#admissions-message").equals(decided));
        assertTrue(apps.getSelectionModel().getSelectedItems().isEmpty(), "the selection is cleared");
        for (ApplicationDto a : chosen) {
            assertEquals("ACCEPTED", admin.get("/api/v1/applications/" + a.id()).json().get("status").asText());
        }
        assertEquals("SUBMITTED", admin.get("/api/v1/applications/" + notChosen.id()).json().get("status").asText(),
                "a row not selected is not touched");
        // one that cannot take the step is named (not an id) and nothing changes
        interact(() -> lookup("#applications-status").<String>queryComboBox().setValue("ADMITTED"));
        waitUntil(() -> apps.pagedRows().peek(0) != null && "ADMITTED".equals(apps.pagedRows().peek(0).status()));
        ApplicationDto admitted = apps.pagedRows().peek(0);
        interact(() -> apps.getSelectionModel().clearAndSelect(0));
        clickOn("#decide-rejected");
        waitUntil(() -> label("#admissions-message").contains(admitted.firstNameTh() + " " + admitted.lastNameTh()
                + " (รับเข้าศึกษาแล้ว)"));
        assertTrue(label("#admissions-message").startsWith("ไม่มีการเปลี่ยนแปลง"), label("#admissions-message"));
        assertFalse(label("#admissions-message").contains(Long.toString(admitted.id()) + " "));
        assertEquals("ADMITTED", admin.get("/api/v1/applications/" + admitted.id()).json().get("status").asText());
        System.out.printf("[journey] registrar journey on %,d students: %.1f s%n", STUDENTS,
                (System.nanoTime() - started) / 1e9);
    }

    private void search(String text) throws Exception {
        interact(() -> lookup("#students-search").queryAs(TextField.class).setText(text));
        clickOn("#students-go");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long programOf(String id) {
        return admin.get("/api/v1/programs/" + id).json().get("facultyId").asLong();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> loadedCodes(PagedTableView<StudentDto> grid) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(grid.getItems().size(), 100); i++) {
            StudentDto s = grid.pagedRows().peek(i);
            if (s != null) {
                out.add(s.studentCode());
            }
        }
        return out;
    }

    private static int rowOf(PagedTableView<StudentDto> grid, String code) {
        for (int i = 0; i < Math.min(grid.getItems().size(), 100); i++) {
            StudentDto s = grid.pagedRows().peek(i);
            if (s != null && s.studentCode().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    private static String placeholder(TableView<?> t) {
        Node p = t.getPlaceholder();
        Node text = p == null ? null : p.lookup("#placeholder");
        return text instanceof Label l && l.getText() != null && t.getItems().isEmpty() ? l.getText() : "";
    }

    private void answer(DialogPane pane, String button) throws Exception {
        interact(() -> pane.getButtonTypes().stream().filter(b -> b.getText().equals(button)).findFirst()
                .map(pane::lookupButton).ifPresent(b -> ((javafx.scene.control.Button) b).fire()));
        waitUntil(() -> Windows.anyDialog() == null);
    }

    /** The node {@code find} answers once it has stayed the same, shown, for half a second. */
    private static Node settled(java.util.function.Supplier<Node> find) throws Exception {
        Node[] last = {null};
        long[] since = {0};
        waitUntil(() -> {
            Node now = find.get();
            if (now == null || now.getScene() == null) {
                last[0] = null;
                return false;
            }
            if (now != last[0]) {
                last[0] = now;
                since[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - since[0] > 500_000_000L;
        });
        return last[0];
    }
}
