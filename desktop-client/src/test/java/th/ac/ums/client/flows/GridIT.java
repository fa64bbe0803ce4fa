package th.ac.ums.client.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static th.ac.ums.client.testing.Console.waitUntil;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import th.ac.ums.client.App;
import th.ac.ums.client.testing.Console;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The paged grid on a real server: virtualization (rows built once, however far one scrolls),
 * jumps, a row another desk edits updating by itself, export of the filter, and the offline
 * banner when the server goes away.
 */
class GridIT extends ConsoleTest {
    static final int STUDENTS = 3000;
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    App app;

    @BeforeAll
    static void seed() {
        env.seed(STUDENTS);
    }


    @SuppressWarnings("unchecked")
    private PagedTableView<StudentDto> grid() throws Exception {
        Console.User registrar = Console.user(env, false, Role.REGISTRAR);
        app = Console.start(env, Locale.ENGLISH);
        clickOn("#email").write(registrar.email());
        clickOn("#password").write(Staff.PASSWORD);
        clickOn("#sign-in");
        Console.waitForShell(app);
        clickOn("#nav-students");
        PagedTableView<StudentDto> t = lookup("#students-table").queryAs(PagedTableView.class);
        waitUntil(() -> t.getItems().size() == STUDENTS && t.pagedRows().peek(0) != null);
        return t;
    }

    @Test
    void scrollingThreeThousandRowsBuildsAboutOneScreenfulOfRows() throws Exception {
        PagedTableView<StudentDto> t = grid();
        int perScreen = (int) Math.ceil(t.getHeight() / PagedTableView.ROW_HEIGHT);
        for (int i = 0; i < STUDENTS; i += perScreen) {
            int row = i;
            interact(() -> t.scrollTo(row));
        }
        interact(() -> t.scrollTo(STUDENTS - 1));
        waitUntil(() -> t.pagedRows().peek(STUDENTS - 1) != null);
        assertTrue(t.createdRows() <= perScreen * 2 + 10,
                "rows built: " + t.createdRows() + " for " + perScreen + " rows per screen over " + STUDENTS);
    }

    @Test
    void aJumpShowsTheRowsThereAndTheRowsAreTheServersRows() throws Exception {
        PagedTableView<StudentDto> t = grid();
        interact(() -> t.jumpTo(2345));
        waitUntil(() -> t.pagedRows().peek(2345) != null);
        Api admin = new Staff(env).signedIn(Role.ADMIN).api(env);
        JsonNode page = admin.get("/api/v1/students?sort=studentCode&limit=1&page=2346").json();
        assertEquals(page.get("data").get(0).get("studentCode").asText(), t.pagedRows().peek(2345).studentCode());
    }

    @Test
    void aStudentEditedOnAnotherDeskUpdatesInTheGrid() throws Exception {
        PagedTableView<StudentDto> t = grid();
        StudentDto first = t.pagedRows().peek(0);
        Api other = new Staff(env).signedIn(Role.REGISTRAR).api(env);
        Api.Response r = other.header("If-Match", Long.toString(first.version()))
                .patch("/api/v1/students/" + first.id(), Map.of("email", "changed." + first.studentCode()
                        + "@students.ums.ac.th"));
        assertEquals(200, r.status(), r::text);
        waitUntil(() -> t.pagedRows().peek(0).email().startsWith("changed."));
    }

    @Test
    void exportWritesEveryRowOfTheFilter(@TempDir Path dir) throws Exception {
        PagedTableView<StudentDto> t = grid();
        Path file = dir.resolve("students.csv");
        interact(() -> app.studentsView().exportTo(file.toFile()));
        waitUntil(() -> Files.exists(file));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(STUDENTS + 1, lines.size(), "header and every row");
        assertTrue(lines.get(0).startsWith("\uFEFF"), "UTF-8 BOM for spreadsheets");
        assertNotNull(t);
    }

    @Test
    void whenTheServerIsGoneTheLoadedRowsStayAndWritesAreOff() throws Exception {
        PagedTableView<StudentDto> t = grid();
        interact(() -> t.getSelectionModel().select(0));
        waitUntil(() -> lookup("#student-name").tryQuery().isPresent());
        interact(() -> app.pointAt("http://127.0.0.1:9"));
        interact(() -> t.getSelectionModel().select(1));
        waitUntil(() -> lookup("#offline-banner").queryAs(Label.class).isVisible());
        assertNotNull(t.pagedRows().peek(0), "cached rows are still there");
        assertTrue(lookup("#save-student").queryButton().isDisabled(), "no writes while offline");
        interact(() -> app.pointAt(env.baseUrl()));
        waitUntil(() -> !lookup("#offline-banner").queryAs(Label.class).isVisible());
        waitUntil(() -> !lookup("#save-student").queryButton().isDisabled());
    }
}
