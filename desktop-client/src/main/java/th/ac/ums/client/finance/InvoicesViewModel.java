package th.ac.ums.client.finance;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.cache.ChangeFeed;
import th.ac.ums.client.shell.Session;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.ui.PersonPickerViewModel;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.Balance;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.StudentDto;

/**
 * The invoices grid: a student chosen with the person picker, a status, and a scope that another
 * screen opened (an aging bucket: {@code outstanding}, {@code dueFrom}, {@code dueTo}, by due
 * date), all together; the selected invoice's student balance and payments.
 */
public final class InvoicesViewModel {
    /** Filters another screen asked for, with what they are in words (shown above the list, with a way out). */
    public record Scope(Map<String, String> filters, String sort, String description) {
        public Scope {
            filters = Map.copyOf(filters);
        }
    }

    private final FinanceApi api;
    private final TaskRunner tasks;
    private final PagedList<InvoiceDto> rows;
    private final PersonPickerViewModel student;
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<Balance> balance = new SimpleObjectProperty<>();
    private final LongProperty pending = new SimpleLongProperty(0);

    private final RefundViewModel refunds;
    private InvoiceDocumentsViewModel documents;
    private final TaskRunner.Latest balances;
    private boolean applying;

    public InvoicesViewModel(FinanceApi api, RefundViewModel refunds, PersonPickerViewModel student, Session session,
                             ChangeFeed feed, TaskRunner tasks) {
        this.refunds = refunds;
        this.api = api;
        this.tasks = tasks;
        this.student = student;
        this.rows = new PagedList<>(api::invoices, tasks, () -> session.online().get(), 100, 200);
        this.balances = tasks.latest("balance");
        feed.onChange(c -> {
            if ("invoice".equals(c.entity())) {
                long id = Long.parseLong(c.id());
                rows.refreshWhere(i -> i != null && i.id() == id);
            }
        });
        student.chosen().addListener((o, was, now) -> {
            if (!applying && (now != null || was != null)) {
                apply();
            }
        });
    }

    /** The selected invoice's documents (print, receipts) follow the selection too. */
    public void documents(InvoiceDocumentsViewModel documents) {
        this.documents = documents;
    }

    /** The filters of the list now. */
    public Map<String, String> filters() {
        Map<String, String> f = new LinkedHashMap<>();
        if (scope.get() != null) {
            f.putAll(scope.get().filters());
        }
        StudentDto s = student.chosen().get();
        if (s != null) {
            f.put("studentId", Long.toString(s.id()));
        }
        if (status.get() != null && !status.get().isBlank()) {
            f.put("status", status.get());
        }
        return f;
    }

    public void apply() {
        rows.setQuery(filters(), scope.get() != null ? scope.get().sort() : "-issuedAt");
    }

    /** A student's invoices (a link from the Student 360), with one of them selected when not 0. */
    public void showStudent(StudentDto s, long invoiceId) {
        applying = true;
        try {
            scope.set(null);
            status.set("");
            student.choose(s);
        } finally {
            applying = false;
        }
        pending.set(invoiceId);
        apply();
    }

    /** The invoices of a scope (an aging bucket), of every student. */
    public void showScope(Scope s) {
        applying = true;
        try {
            student.clear();
            status.set("");
            scope.set(s);
        } finally {
            applying = false;
        }
        pending.set(0);
        apply();
    }

    /** Leaves the scope (the bucket) and shows the other filters' invoices. */
    public void clearScope() {
        scope.set(null);
        apply();
    }

    /** Shows an invoice's student balance and payments; only the invoice selected last is shown. */
    public void selected(InvoiceDto inv) {
        balance.set(null);
        refunds.load(inv);
        if (documents != null) {
            documents.load(inv);
        }
        if (inv == null) {
            balances.cancel();
        } else {
            balances.run(() -> api.balance(inv.studentId()), balance::set, e -> balance.set(null));
        }
    }

    public FinanceApi api() {
        return api;
    }

    public PagedList<InvoiceDto> rows() {
        return rows;
    }

    public PersonPickerViewModel student() {
        return student;
    }

    public StringProperty status() {
        return status;
    }

    public ObjectProperty<Scope> scope() {
        return scope;
    }

    public ObjectProperty<Balance> balance() {
        return balance;
    }

    /** An invoice to select once the list shows it (0: none). */
    public LongProperty pending() {
        return pending;
    }
}
