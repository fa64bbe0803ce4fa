package th.ac.ums.client.finance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.LoadStatus;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.Inputs.RefundInput;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;

/**
 * An invoice's payments and refunding one, through a review: the amount is typed (nothing is
 * pre-filled; "all of it" fills it visibly), {@link #review()} checks it, and only the review's
 * confirm sends it. A refund is a counter-entry the server records once per idempotency key, so
 * pressing Refund again after no answer never refunds twice. The answer names what was refunded.
 */
public final class RefundViewModel {
    /** What the review shows: for whom, which invoice and payment, how much, why. */
    public record Review(String student, String invoice, PaymentDto payment, BigDecimal amount, String reason) {
    }

    private final FinanceApi api;
    private final TaskRunner tasks;
    private final ObservableList<PaymentDto> payments = FXCollections.observableArrayList();
    private final ObjectProperty<PaymentDto> selected = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final TaskRunner.Latest loads;
    private final Formats formats;
    private final Printing creditNote;
    private final ObjectProperty<PaymentDto> refunded = new SimpleObjectProperty<>();
    private InvoiceDto invoice;
    private String key;
    private RefundInput sent;

    public RefundViewModel(FinanceApi api, TaskRunner tasks) {
        this(api, tasks, new Formats(new I18n(java.util.Locale.ENGLISH)));
    }

    public RefundViewModel(FinanceApi api, TaskRunner tasks, Formats formats) {
        this(api, tasks, formats, Documents.inFolder(() -> java.nio.file.Path.of(System.getProperty("user.home"),
                "UMS Console")));
    }

    /** @param documents where a printed credit note is saved and how it is opened */
    public RefundViewModel(FinanceApi api, TaskRunner tasks, Formats formats, Documents documents) {
        this.creditNote = new Printing(documents, tasks);
        this.api = api;
        this.tasks = tasks;
        this.formats = formats;
        this.loads = tasks.latest("payments");
        selected.addListener((o, was, now) -> {
            amount.set("");
            reason.set("");
            fieldErrors.clear();
            key = "desk-" + UUID.randomUUID();
            sent = null;
        });
    }

    /** Shows an invoice's payments (again: after a refund the result stays said). */
    public void load(InvoiceDto invoice) {
        boolean other = this.invoice == null || invoice == null || this.invoice.id() != invoice.id();
        this.invoice = invoice;
        payments.clear();
        selected.set(null);
        if (other) {
            message.set("");
            refunded.set(null);
            creditNote.clear();
        }
        if (invoice == null) {
            loads.cancel();
        } else {
            loads.run(() -> api.payments(PageQuery.first(Map.of("invoiceId", Long.toString(invoice.id())), null, 100))
                    .data(), payments::setAll, e -> payments.clear());
        }
    }

    /** The load of the invoice's payments (the list's placeholder). */
    public LoadStatus loading() {
        return loads;
    }

    /** Fills the amount with what is left of the selected payment (a button the bursar presses). */
    public void refundWhole() {
        PaymentDto p = selected.get();
        if (p != null && "PAYMENT".equals(p.kind())) {
            amount.set(left(p).toPlainString());
            fieldErrors.remove("refund-amount");
        }
    }

    /** What is left to refund of a payment: its amount less the refunds that reverse it. */
    public BigDecimal left(PaymentDto p) {
        BigDecimal refunded = payments.stream().filter(r -> "REFUND".equals(r.kind())
                && Objects.equals(r.reversesPaymentId(), p.id())).map(r -> new BigDecimal(r.amount()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BigDecimal(p.amount()).subtract(refunded).max(BigDecimal.ZERO).setScale(2);
    }

    /** Checks the form; the review to show, or empty with what is wrong marked. Nothing is sent. */
    public Optional<Review> review() {
        RefundInput in = checked();
        if (in == null) {
            return Optional.empty();
        }
        return Optional.of(new Review(student(), invoice == null ? "" : invoice.number(), selected.get(),
                new BigDecimal(in.amount()), in.reason()));
    }

    private String student() {
        return invoice == null ? "" : formats.person(invoice.studentCode(), invoice.studentNameTh(),
                invoice.studentNameEn());
    }

    private RefundInput checked() {
        PaymentDto p = selected.get();
        message.set("");
        if (p == null || !"PAYMENT".equals(p.kind())) {
            message.set("refund.pick");
            return null;
        }
        fieldErrors.clear();
        // as staff type money ("10,000", "฿10,000.50", "10 000 บาท"), sent as the server takes it ("10000.00")
        String typed = th.ac.ums.client.ui.Money.read(amount.get(), fieldErrors, "refund-amount");
        RefundInput in = new RefundInput(typed == null ? "0.00" : typed, reason.get() == null ? "" : reason.get().trim());
        Errors errors = Validators.refund(in);
        errors.list().forEach(e -> fieldErrors.putIfAbsent(field(e.field()), e.message()));
        if (typed == null) {
            return null;
        }
        if (!fieldErrors.containsKey("refund-amount") && new BigDecimal(in.amount()).compareTo(left(p)) > 0) {
            fieldErrors.put("refund-amount", I18n.compose("refund.tooMuch", formats.money(left(p))));
        }
        return fieldErrors.isEmpty() ? in : null;
    }

    /** Records the refund as reviewed; {@code done} runs once the server has it. */
    public void refund(Runnable done) {
        RefundInput in = checked();
        if (in == null) {
            return;
        }
        PaymentDto p = selected.get();
        if (sent != null && !Objects.equals(sent, in)) {
            key = "desk-" + UUID.randomUUID();
        }
        sent = in;
        String k = key;
        String who = invoice == null ? "" : I18n.person(invoice.studentCode(), invoice.studentNameTh(),
                invoice.studentNameEn());
        String number = invoice == null ? "" : invoice.number();
        busy.set(true);
        refunded.set(null);
        creditNote.clear();
        tasks.run(() -> api.refund(p.id(), in, k), r -> {
            busy.set(false);
            String amount = formats.money(r.amount() == null ? in.amount() : r.amount());
            refunded.set(r);
            message.set(r.receiptNumber() == null ? I18n.compose("refund.done", amount, who, number)
                    : I18n.compose("refund.doneCreditNote", amount, who, number, r.receiptNumber()));
            done.run();
        }, t -> {
            busy.set(false);
            if (t instanceof ApiException e) {
                e.fieldErrors().forEach(f -> fieldErrors.put(field(f.field()), f.message()));
                message.set(e.isUnreachable() ? "payment.retry" : e.message());
            } else {
                message.set("error.unexpected");
            }
        });
    }

    /** Prints the recorded refund's credit note. */
    public void printCreditNote() {
        PaymentDto r = refunded.get();
        if (r != null && r.receiptId() != null) {
            long id = r.receiptId();
            creditNote.print("receipts", r.receiptNumber(), () -> api.receiptPdf(id));
        }
    }

    /** The refund last recorded here (its credit note is printed from the result). */
    public ObjectProperty<PaymentDto> refunded() {
        return refunded;
    }

    /** Whether the refund last recorded has a credit note to print. */
    public boolean hasCreditNote() {
        return refunded.get() != null && refunded.get().receiptId() != null;
    }

    public Printing creditNote() {
        return creditNote;
    }

    /** The form's field names (the amount field is "refund-amount": the payment form has "amount"). */
    private static String field(String server) {
        return "amount".equals(server) ? "refund-amount" : server;
    }

    public ObservableList<PaymentDto> payments() {
        return payments;
    }

    public ObjectProperty<PaymentDto> selected() {
        return selected;
    }

    public StringProperty amount() {
        return amount;
    }

    public StringProperty reason() {
        return reason;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
