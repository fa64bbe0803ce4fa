package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The registrar's main path through the real console and server: sign in with two-factor,
 * the students grid, open a student, edit and save; then a stale save.
 */
class ConsoleIT extends ConsoleTest {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    App app;

    @BeforeAll
    static void seed() {
        env.seed(300);
    }


    private void signIn(Console.User u) throws Exception {
        app = Console.start(env, Locale.ENGLISH);
        clickOn("#email").write(u.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        waitUntil(() -> lookup("#code").queryAs(TextField.class).isVisible());
        clickOn("#code").write(Console.code(env, u.secret()));
        clickOn("#verify");
        Console.waitForShell(app);
    }

    @SuppressWarnings("unchecked")
    private PagedTableView<StudentDto> grid() {
        return lookup("#students-table").queryAs(PagedTableView.class);
    }

    private StudentDto openFirstStudent() throws Exception {
        clickOn("#nav-students");
        waitUntil(() -> grid().getItems().size() > 0 && grid().pagedRows().peek(0) != null);
        StudentDto first = grid().pagedRows().peek(0);
        interact(() -> grid().getSelectionModel().select(0));
        waitUntil(() -> lookup("#student-name").tryQuery().isPresent());
        return first;
    }

    @Test
    void registrarSignsInWithTwoFactorFindsAStudentEditsAndSaves() throws Exception {
        Console.User registrar = Console.user(env, true, Role.REGISTRAR);
        signIn(registrar);
        assertTrue(lookup("#nav-students").tryQuery().isPresent());
        assertFalse(lookup("#nav-helpdesk").tryQuery().isPresent(), "a registrar sees no helpdesk screen");
        assertFalse(lookup("#nav-finance").tryQuery().isPresent());

        StudentDto student = openFirstStudent();
        assertEquals(300, grid().getItems().size(), "the grid's size is the server's total");
        TextField phone = lookup("#phone").queryAs(TextField.class);
        interact(() -> phone.setText(""));
        interact(phone::requestFocus);          // the editor is under the Student 360: the field scrolls into view
        clickOn(phone).write("0899999999");
        clickOn("#save-student");
        waitUntil(() -> "Saved.".equals(lookup("#student-message").queryAs(Label.class).getText()));

        Api admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        JsonNode saved = admin.get("/api/v1/students/" + student.id()).json();
        assertEquals("0899999999", saved.get("phone").asText());
        assertEquals(student.version() + 1, saved.get("version").asLong());
    }

    @Test
    void aStaleSaveKeepsTheEditsAndShowsWhatChanged() throws Exception {
        Console.User registrar = Console.user(env, true, Role.REGISTRAR);
        signIn(registrar);
        StudentDto student = openFirstStudent();
        Api other = new Staff(env).signedIn(Role.REGISTRAR).api(env);
        JsonNode now = other.get("/api/v1/students/" + student.id()).json();
        Api.Response changed = other.header("If-Match", now.get("version").asText())
                .patch("/api/v1/students/" + student.id(), Map.of("lastNameEn", "Changedbyother"));
        assertEquals(200, changed.status(), changed::text);

        TextField first = lookup("#firstNameEn").queryAs(TextField.class);
        interact(() -> first.setText("Mine"));
        interact(first::requestFocus);
        clickOn("#save-student");
        ListView<?> conflicts = lookup("#conflicts").queryAs(ListView.class);
        waitUntil(() -> !conflicts.getItems().isEmpty());
        assertTrue(conflicts.getItems().get(0).toString().contains("Changedbyother"), conflicts.getItems().toString());
        assertEquals("Mine", first.getText(), "my edit is kept");

        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();     // the notice has been laid out where it shows
        clickOn("#keep-mine");
        waitUntil(() -> "Saved.".equals(lookup("#student-message").queryAs(Label.class).getText()));
        JsonNode saved = other.get("/api/v1/students/" + student.id()).json();
        assertEquals("Mine", saved.get("firstNameEn").asText());
        assertEquals("Changedbyother", saved.get("lastNameEn").asText(), "their change is not lost either");
    }
}
