package th.ac.ums.client.bank;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.BankApi;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.model.Dtos.BankLineDto;

/**
 * The lines of bank files, newest payment first: the unmatched ones by default (the bursar's list to
 * resolve), or matched, assigned, returned or all; of one bank; paid within days. An action applies
 * to the selected line only while it is unmatched.
 */
public final class BankLinesViewModel {
    public static final String UNMATCHED = "UNMATCHED";
    private final PagedList<BankLineDto> rows;
    private final StringProperty outcome = new SimpleStringProperty(UNMATCHED);
    private final StringProperty bank = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObjectProperty<BankLineDto> selected = new SimpleObjectProperty<>();

    public BankLinesViewModel(BankApi api, Session session, TaskRunner tasks) {
        this.rows = new PagedList<>(api::lines, tasks, () -> session.online().get(), 100, 200);
    }

    /** The filters of the list now (empty values left out). */
    public Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        if (outcome.get() != null && !outcome.get().isEmpty()) {
            f.put("outcome", outcome.get());
        }
        if (bank.get() != null && !bank.get().isEmpty()) {
            f.put("bank", bank.get());
        }
        if (from.get() != null) {
            f.put("from", from.get().toString());
        }
        if (to.get() != null) {
            f.put("to", to.get().toString());
        }
        return f;
    }

    /** Loads the list of the filters; a "to" day before the "from" day is refused beside it. */
    public void apply() {
        fieldErrors.clear();
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            fieldErrors.put("to", "bank.toBeforeFrom");
            return;
        }
        selected.set(null);
        rows.setQuery(filters(), "-paidAt");
    }

    /** The unmatched lines (a result's "Show unmatched lines"), of every bank and day. */
    public void showUnmatched() {
        outcome.set(UNMATCHED);
        bank.set("");
        from.set(null);
        to.set(null);
        apply();
    }

    /** Why an action (assign, return) does not apply to the selected line: a message key, empty when it does. */
    public String why() {
        BankLineDto line = selected.get();
        if (line == null) {
            return "bank.selectLine";
        }
        return UNMATCHED.equals(line.outcome()) ? "" : "bank.notUnmatched";
    }

    public PagedList<BankLineDto> rows() {
        return rows;
    }

    public StringProperty outcome() {
        return outcome;
    }

    public StringProperty bank() {
        return bank;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObjectProperty<BankLineDto> selected() {
        return selected;
    }
}
