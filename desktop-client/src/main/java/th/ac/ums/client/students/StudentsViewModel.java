package th.ac.ums.client.students;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import th.ac.ums.client.api.RegistrarApi;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.cache.ChangeFeed;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.ui.Settings;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.FacultyDto;
import th.ac.ums.model.Dtos.ProgramDto;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.validation.TextForm;

/**
 * The students grid: search, faculty, program and status filters and a sort that map to the
 * server's parameters (all of them together), a lazy list of a million rows, rows kept fresh by the
 * change feed, filters remembered per user. The faculties and programs of the drop-downs are read
 * once; choosing a faculty narrows the programs offered to its own.
 */
public final class StudentsViewModel {
    /** Sorts the server allows (the choice, then the server's sort parameter). */
    public static final Map<String, String> SORTS = Map.of("studentCode", "studentCode", "lastNameEn",
            "lastNameEn", "lastNameTh", "lastNameTh", "createdAt", "-createdAt", "status", "status");
    /** The sorts in the order offered. */
    public static final java.util.List<String> SORT_ORDER = java.util.List.of("studentCode", "lastNameEn",
            "lastNameTh", "createdAt", "status");

    private final StudentsApi api;
    private final Session session;
    private final Settings settings;
    private final PagedList<StudentDto> rows;
    private final StringProperty q = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty facultyId = new SimpleStringProperty("");
    private final StringProperty programId = new SimpleStringProperty("");
    private final ObjectProperty<String> sort = new SimpleObjectProperty<>("studentCode");
    private final ObservableList<FacultyDto> faculties = FXCollections.observableArrayList();
    private final ObservableList<ProgramDto> allPrograms = FXCollections.observableArrayList();
    private final ObservableList<ProgramDto> programs = FXCollections.observableArrayList();
    private final RegistrarApi reference;
    /** Faculties and programs for the filters; opening the screen again supersedes an earlier load. */
    private final TaskRunner.Latest references;

    /** Whether this user may export the students (GET /students/export: registrar, admin). */
    public boolean mayExport() {
        return session.has(th.ac.ums.model.Role.REGISTRAR_AREA.toArray(th.ac.ums.model.Role[]::new));
    }

    public StudentsViewModel(StudentsApi api, Session session, Settings settings, ChangeFeed feed, TaskRunner tasks) {
        this(api, null, session, settings, feed, tasks);
    }

    /** @param reference the faculties and programs of the filters (null: no such filters) */
    public StudentsViewModel(StudentsApi api, RegistrarApi reference, Session session, Settings settings,
                             ChangeFeed feed, TaskRunner tasks) {
        this.api = api;
        this.reference = reference;
        this.references = tasks.latest("reference");
        this.session = session;
        this.settings = settings;
        facultyId.addListener((o, was, now) -> narrowPrograms());
        this.rows = new PagedList<>(api::page, tasks, () -> session.online().get(), 100, 400);
        feed.onChange(c -> {
            if ("student".equals(c.entity())) {
                long id = Long.parseLong(c.id());
                rows.refreshWhere(s -> s != null && s.id() == id);
            }
        });
    }

    /** Restores this user's last filters and shows the first page. */
    public void open() {
        String me = email();
        q.set(settings.forUser(me, "students.q", ""));
        status.set(settings.forUser(me, "students.status", ""));
        facultyId.set(settings.forUser(me, "students.facultyId", ""));
        programId.set(settings.forUser(me, "students.programId", ""));
        sort.set(settings.forUser(me, "students.sort", "studentCode"));
        apply();
        if (reference != null) {
            references.run(() -> new Reference(reference.faculties(), reference.allPrograms()), r -> {
                faculties.setAll(r.faculties());
                allPrograms.setAll(r.programs());
                narrowPrograms();
            }, e -> { });
        }
    }

    private record Reference(java.util.List<FacultyDto> faculties, java.util.List<ProgramDto> programs) {
    }

    /** The programs offered: the chosen faculty's, or all; a chosen program of another faculty is let go. */
    private void narrowPrograms() {
        String f = facultyId.get();
        programs.setAll(allPrograms.stream().filter(p -> f == null || f.isBlank()
                || Long.toString(p.facultyId()).equals(f)).toList());
        String p = programId.get();
        if (p != null && !p.isBlank() && !allPrograms.isEmpty()
                && programs.stream().noneMatch(x -> Long.toString(x.id()).equals(p))) {
            programId.set("");
        }
    }

    /** Shows one student: searched by code with no other filter (a link from an invoice). */
    public void find(String code) {
        q.set(code);
        status.set("");
        facultyId.set("");
        programId.set("");
        apply();
    }

    /** Clears the search and every filter. */
    public void clearFilters() {
        q.set("");
        status.set("");
        facultyId.set("");
        programId.set("");
        apply();
    }

    /** The search text of the list now shown (search as you type skips a search for the same text). */
    public String searched() {
        return searched;
    }

    private String searched = "";

    public void apply() {
        searched = java.util.Objects.toString(q.get(), "").trim();
        String me = email();
        settings.remember(me, "students.q", java.util.Objects.toString(q.get(), ""));
        settings.remember(me, "students.status", java.util.Objects.toString(status.get(), ""));
        settings.remember(me, "students.facultyId", java.util.Objects.toString(facultyId.get(), ""));
        settings.remember(me, "students.programId", java.util.Objects.toString(programId.get(), ""));
        settings.remember(me, "students.sort", java.util.Objects.toString(sort.get(), ""));
        rows.setQuery(filters(), SORTS.getOrDefault(sort.get(), "studentCode"));
    }

    public Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "q", TextForm.normalize(q.get()));    // both spellings of a Thai name find the same student
        put(f, "status", status.get());
        put(f, "facultyId", facultyId.get());
        put(f, "programId", programId.get());
        return f;
    }

    public String serverSort() {
        return SORTS.getOrDefault(sort.get(), "studentCode");
    }

    public String columnsChoice(String fallback) {
        return settings.forUser(email(), "students.columns", fallback);
    }

    public void rememberColumns(Set<String> hidden) {
        settings.remember(email(), "students.columns", String.join(",", hidden));
    }

    /**
     * The server's export of the current filter and sort ({@code GET /students/export}) in this format
     * ({@code csv} or {@code xlsx}), opened when the export reads it (in the background); the filter
     * and sort are the ones shown when the export was asked for.
     */
    public java.util.function.Supplier<java.io.InputStream> export(String format) {
        Map<String, String> f = filters();
        String s = serverSort();
        return () -> api.export(f, s, format);
    }

    public PagedList<StudentDto> rows() {
        return rows;
    }

    public StringProperty q() {
        return q;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty facultyId() {
        return facultyId;
    }

    public StringProperty programId() {
        return programId;
    }

    public ObservableList<FacultyDto> faculties() {
        return faculties;
    }

    /** Every program (a new student's choice). */
    public ObservableList<ProgramDto> allPrograms() {
        return allPrograms;
    }

    /** The programs the program filter offers (the chosen faculty's). */
    public ObservableList<ProgramDto> programs() {
        return programs;
    }

    public ObjectProperty<String> sort() {
        return sort;
    }

    private String email() {
        return session.user().get() == null ? "_" : session.user().get().email();
    }

    private static void put(Map<String, String> f, String k, String v) {
        if (v != null && !v.isBlank()) {
            f.put(k, v.trim());
        }
    }
}
