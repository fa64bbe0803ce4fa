package th.ac.ums.client.bank;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.BankApi;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.client.ui.PersonPickerViewModel;
import th.ac.ums.model.Dtos.BankLineDto;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.StudentDto;

/**
 * Resolving an unmatched bank line: assigning it to an open invoice of a student found with the
 * person picker (the review shows the line's amount against what the invoice still owes), or
 * returning it to the payer with a reason (1–200 characters). Both send the line's version; a line
 * someone else resolved meanwhile is said in words and the list reloads.
 */
public final class BankLineActionsViewModel {
    /** What the assignment's review shows. */
    public record AssignReview(BankLineDto line, Notice.Person student, InvoiceDto invoice) {
        public BigDecimal left() {
            return new BigDecimal(invoice.outstanding()).subtract(new BigDecimal(line.amount()));
        }
    }

    private final BankApi api;
    private final FinanceApi finance;
    private final TaskRunner tasks;
    private final PersonPickerViewModel student;
    private final ObjectProperty<BankLineDto> line = new SimpleObjectProperty<>();
    private final ObservableList<InvoiceDto> invoices = FXCollections.observableArrayList();
    private final ObjectProperty<InvoiceDto> invoice = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final TaskRunner.Latest loading;

    public BankLineActionsViewModel(BankApi api, FinanceApi finance, PersonPickerViewModel student, TaskRunner tasks) {
        this.api = api;
        this.finance = finance;
        this.tasks = tasks;
        this.student = student;
        this.loading = tasks.latest("bank-invoices");
        student.chosen().addListener((o, was, now) -> invoicesOf(now));
    }

    /** A fresh start for a line: no student, invoice or reason yet. */
    public void open(BankLineDto l) {
        line.set(l);
        student.clear();
        invoices.clear();
        invoice.set(null);
        reason.set("");
        fieldErrors.clear();
    }

    private void invoicesOf(StudentDto s) {
        invoice.set(null);
        invoices.clear();
        if (s == null) {
            loading.cancel();
            return;
        }
        loading.run(() -> finance.invoices(PageQuery.first(Map.of("studentId", Long.toString(s.id()),
                "outstanding", "true"), "dueDate", 50)).data(), invoices::setAll, t -> invoices.clear());
    }

    /** Checks the assignment; the review to show, or empty with the fault marked. Nothing is sent. */
    public Optional<AssignReview> reviewAssign() {
        fieldErrors.clear();
        InvoiceDto inv = invoice.get();
        if (inv == null) {
            fieldErrors.put("invoice", "bank.chooseInvoice");
            return Optional.empty();
        }
        if (new BigDecimal(line.get().amount()).compareTo(new BigDecimal(inv.outstanding())) > 0) {
            fieldErrors.put("invoice", I18n.compose("bank.moreThanDue", String.format(java.util.Locale.ROOT, "%,.2f",
                    new BigDecimal(inv.outstanding()))));
            return Optional.empty();
        }
        Notice.Person who = new Notice.Person(inv.studentCode(), inv.studentNameTh(), inv.studentNameEn());
        return Optional.of(new AssignReview(line.get(), who, inv));
    }

    /** Assigns the line as reviewed; {@code done} runs after the answer (to reload the list), either way. */
    public void assign(Runnable done) {
        Optional<AssignReview> r = reviewAssign();
        if (r.isEmpty()) {
            return;
        }
        BankLineDto l = line.get();
        InvoiceDto inv = r.get().invoice();
        busy.set(true);
        tasks.run(() -> api.assign(l.id(), l.version(), inv.id()), a -> {
            busy.set(false);
            notice.set(Notice.of("bank.assigned", new Notice.Amount(l.amount()), l.transactionId(), inv.number(),
                    r.get().student()));
            done.run();
        }, t -> failed(t, done));
    }

    /** Checks the reason (1–200 characters); true when the return may be reviewed. */
    public boolean reviewReturn() {
        fieldErrors.clear();
        String text = reason.get() == null ? "" : reason.get().strip();
        if (text.isEmpty()) {
            fieldErrors.put("reason", "bank.reasonRequired");
        } else if (text.length() > 200) {
            fieldErrors.put("reason", I18n.compose("bank.reasonTooLong", text.length()));
        }
        return fieldErrors.isEmpty();
    }

    /** Marks the line as returned to the payer with the reason. */
    public void giveBack(Runnable done) {
        if (!reviewReturn()) {
            return;
        }
        BankLineDto l = line.get();
        String text = reason.get().strip();
        busy.set(true);
        tasks.run(() -> api.giveBack(l.id(), l.version(), text), a -> {
            busy.set(false);
            notice.set(Notice.of("bank.returned", new Notice.Amount(l.amount()), l.transactionId(), text));
            done.run();
        }, t -> failed(t, done));
    }

    private void failed(Throwable t, Runnable reload) {
        busy.set(false);
        if (t instanceof ApiException e && (e.status() == 409 || e.status() == 412)) {
            boolean resolved = e.status() == 412 || !isInvoiceRefusal(e);
            notice.set(resolved ? Notice.error("bank.resolvedElsewhere") : Notice.failure(t));
            reload.run();
            return;
        }
        if (t instanceof ApiException e) {
            e.fieldErrors().forEach(f -> fieldErrors.put(f.field(), f.message()));
        }
        notice.set(Notice.failure(t));
    }

    /** A 409 about the invoice (paid, void, too much) rather than the line having been resolved. */
    private static boolean isInvoiceRefusal(ApiException e) {
        String text = e.message().toLowerCase(java.util.Locale.ROOT);
        return text.contains("invoice") || text.contains("outstanding") || text.contains("void");
    }

    public PersonPickerViewModel student() {
        return student;
    }

    public ObjectProperty<BankLineDto> line() {
        return line;
    }

    /** The chosen student's invoices that still owe money, earliest due first. */
    public ObservableList<InvoiceDto> invoices() {
        return invoices;
    }

    public TaskRunner.Latest invoicesLoading() {
        return loading;
    }

    public ObjectProperty<InvoiceDto> invoice() {
        return invoice;
    }

    public StringProperty reason() {
        return reason;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObjectProperty<Notice> notice() {
        return notice;
    }
}
