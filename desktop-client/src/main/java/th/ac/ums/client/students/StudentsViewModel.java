package th.ac.ums.client.students;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.StudentsApi;
import th.ac.ums.client.cache.ChangeFeed;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.ui.Settings;
import th.ac.ums.client.ui.TaskRunner;
import th.ac.ums.model.Dtos.StudentDto;

/**
 * The students grid: filters and sort that map to the server's parameters, a lazy list of a
 * million rows, rows kept fresh by the change feed, filters remembered per user.
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
    private final ObjectProperty<String> sort = new SimpleObjectProperty<>("studentCode");

    public StudentsViewModel(StudentsApi api, Session session, Settings settings, ChangeFeed feed, TaskRunner tasks) {
        this.api = api;
        this.session = session;
        this.settings = settings;
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
        sort.set(settings.forUser(me, "students.sort", "studentCode"));
        apply();
    }

    public void apply() {
        String me = email();
        settings.remember(me, "students.q", q.get());
        settings.remember(me, "students.status", status.get());
        settings.remember(me, "students.facultyId", facultyId.get());
        settings.remember(me, "students.sort", sort.get());
        rows.setQuery(filters(), SORTS.getOrDefault(sort.get(), "studentCode"));
    }

    public Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, "q", q.get());
        put(f, "status", status.get());
        put(f, "facultyId", facultyId.get());
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

    public StudentsApi api() {
        return api;
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
