package th.ac.ums.client.admissions;

import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.AdmissionsApi;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.ui.TaskRunner;
import th.ac.ums.model.Dtos.ApplicationDto;

/** The admissions pipeline: applications by status, bulk decisions and admission (all or nothing). */
public final class AdmissionsViewModel {
    private final AdmissionsApi api;
    private final TaskRunner tasks;
    private final PagedList<ApplicationDto> rows;
    private final StringProperty status = new SimpleStringProperty("SUBMITTED");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public AdmissionsViewModel(AdmissionsApi api, Session session, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
        this.rows = new PagedList<>(api::page, tasks, () -> session.online().get(), 100, 100);
    }

    public void apply() {
        rows.setQuery(status.get().isBlank() ? Map.of() : Map.of("status", status.get()), "-createdAt");
    }

    public void decide(List<Long> ids, String decision) {
        if (ids.isEmpty()) {
            message.set("admissions.selectSome");
            return;
        }
        String n = note.get().isBlank() ? null : note.get().trim();
        tasks.run(() -> api.decide(ids, decision, n), done -> finished("admissions.decided", done.size()),
                this::failed);
    }

    public void admit(List<Long> ids) {
        if (ids.isEmpty()) {
            message.set("admissions.selectSome");
            return;
        }
        tasks.run(() -> api.admit(ids), done -> finished("admissions.admitted", done.size()), this::failed);
    }

    private void finished(String key, int n) {
        message.set(key + ":" + n);
        apply();
    }

    private void failed(Throwable t) {
        message.set(ApiException.messageOf(t));
    }

    public PagedList<ApplicationDto> rows() {
        return rows;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty note() {
        return note;
    }

    public StringProperty message() {
        return message;
    }
}
