package th.ac.ums.client.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.ui.DateChecks;
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.Inputs.PaymentInput;
import th.ac.ums.model.validation.DateRules;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;

/**
 * Recording a payment against an invoice, through a review: the bursar types the amount (nothing
 * is pre-filled; "the whole outstanding" fills it visibly), {@link #review()} checks the form and
 * gives what the review dialog shows (student, invoice, amount, method, day, in words), and only
 * {@link #record()} after the review sends it. The answer names what was recorded ("Payment
 * 1,500.00 THB recorded for 62000004 บุญชัย เพชรใจ, invoice INV-…"). The idempotency key is made
 * when the form opens and kept until the payment is confirmed, so "Record" pressed again after a
 * timeout or a dropped connection repeats the same request and the server records it once.
 */
public final class PaymentViewModel {
    /** What the review shows: who pays, which invoice, how much, how, when, with which reference. */
    public record Review(String student, String invoice, BigDecimal outstanding, BigDecimal amount, String method,
                         LocalDate receivedOn, String reference) {
    }

    private final FinanceApi api;
    private final TaskRunner tasks;
    private final ObjectProperty<InvoiceDto> invoice = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty method = new SimpleStringProperty("TRANSFER");
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> receivedOn = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<PaymentDto> recorded = new SimpleObjectProperty<>();
    private final Supplier<ZoneId> zone;
    private final Formats formats;
    private final Printing receipt;
    private String idempotencyKey;
    private PaymentInput sent;
    private LocalDate sentDay;

    public PaymentViewModel(FinanceApi api, TaskRunner tasks) {
        this(api, tasks, new Formats(new I18n(java.util.Locale.ENGLISH)));
    }

    /** @param formats the console's formats; its zone is the university's ("today", the instant of a day in the past) */
    public PaymentViewModel(FinanceApi api, TaskRunner tasks, Formats formats) {
        this(api, tasks, formats, Documents.inFolder(() -> java.nio.file.Path.of(System.getProperty("user.home"),
                "UMS Console")));
    }

    /** @param documents where a printed receipt is saved and how it is opened */
    public PaymentViewModel(FinanceApi api, TaskRunner tasks, Formats formats, Documents documents) {
        this.api = api;
        this.tasks = tasks;
        this.formats = formats;
        this.zone = formats.zone()::get;
        this.receipt = new Printing(documents, tasks);
    }

    /** A fresh form for the invoice: the amount is empty until the bursar types it. */
    public void open(InvoiceDto inv) {
        invoice.set(inv);
        amount.set("");
        method.set("TRANSFER");
        reference.set("");
        receivedOn.set(LocalDate.now(zone.get()));
        fieldErrors.clear();
        message.set("");
        recorded.set(null);
        receipt.clear();
        idempotencyKey = "desk-" + UUID.randomUUID();
        sent = null;
        sentDay = null;
    }

    /** Fills the amount with everything still to pay on the invoice (a button the bursar presses). */
    public void payWhole() {
        InvoiceDto inv = invoice.get();
        if (inv != null) {
            amount.set(inv.outstanding());
            fieldErrors.remove("amount");
        }
    }

    /** The student of the invoice as staff name them: code and name. */
    public String student() {
        InvoiceDto inv = invoice.get();
        return inv == null ? "" : formats.person(inv.studentCode(), inv.studentNameTh(), inv.studentNameEn());
    }

    /**
     * Checks the form; the review to show, or empty with the fields at fault marked. Nothing is
     * sent. An amount over what is left to pay is refused here already.
     */
    public Optional<Review> review() {
        PaymentInput in = checked();
        if (in == null) {
            return Optional.empty();
        }
        InvoiceDto inv = invoice.get();
        return Optional.of(new Review(student(), inv.number(), new BigDecimal(inv.outstanding()),
                new BigDecimal(in.amount()), in.method(), receivedOn.get(), in.reference()));
    }

    /** The form as a payment, or null with the fields at fault marked. */
    private PaymentInput checked() {
        fieldErrors.clear();
        InvoiceDto inv = invoice.get();
        if (inv == null) {
            return null;
        }
        // as staff type money ("10,000", "฿10,000.50", "10 000 บาท"), sent as the server takes it ("10000.00")
        String typed = th.ac.ums.client.ui.Money.read(amount.get(), fieldErrors, "amount");
        PaymentInput in = new PaymentInput(inv.id(), typed == null ? "0.00" : typed, method.get(),
                reference.get() == null || reference.get().isBlank() ? null : reference.get().trim(), null);
        Errors errors = Validators.payment(in);
        errors.list().forEach(e -> fieldErrors.putIfAbsent(e.field(), e.message()));
        if (typed == null) {
            return null;
        }
        if (!fieldErrors.containsKey("amount") && new BigDecimal(in.amount()).compareTo(
                new BigDecimal(inv.outstanding())) > 0) {
            fieldErrors.put("amount", I18n.compose("payment.tooMuch", formats.money(inv.outstanding())));
        }
        LocalDate day = receivedOn.get();
        LocalDate today = LocalDate.now(zone.get());
        if (day == null) {
            fieldErrors.put("receivedOn", "payment.badDate");
        } else if (day.isAfter(today) && day.getYear() < 2400) {
            fieldErrors.put("receivedOn", "payment.future");
        } else {
            // money received within the last five years (DateRules.received); a year of the other era is named
            new DateChecks(formats).check(fieldErrors, "receivedOn", day,
                    (e, field, d, t) -> DateRules.within(e, field, d, t.minusYears(5), t));
        }
        return fieldErrors.isEmpty() ? in : null;
    }

    /** Records the payment as reviewed (the review dialog's confirm). */
    public void record() {
        PaymentInput in = checked();
        if (in == null) {
            return;
        }
        InvoiceDto inv = invoice.get();
        LocalDate day = receivedOn.get();
        LocalDate today = LocalDate.now(zone.get());
        boolean same = sent != null && sameAs(sent, in) && day.equals(sentDay);
        if (sent != null && !same) {
            idempotencyKey = "desk-" + UUID.randomUUID();
        }
        PaymentInput request = same ? sent : new PaymentInput(in.invoiceId(), in.amount(), in.method(),
                in.reference(), day.equals(today) ? Instant.now() : day.atTime(12, 0).atZone(zone.get()).toInstant());
        sent = request;
        sentDay = day;
        busy.set(true);
        String key = idempotencyKey;
        String who = I18n.person(inv.studentCode(), inv.studentNameTh(), inv.studentNameEn());
        tasks.run(() -> api.pay(request, key), p -> {
            busy.set(false);
            recorded.set(p);
            String amount = formats.money(p.amount() == null ? request.amount() : p.amount());
            message.set(p.receiptNumber() == null ? I18n.compose("payment.done", amount, who, inv.number())
                    : I18n.compose("payment.doneReceipt", amount, who, inv.number(), p.receiptNumber()));
        }, t -> {
            busy.set(false);
            if (t instanceof ApiException e) {
                e.fieldErrors().forEach(f -> fieldErrors.put(f.field(), f.message()));
                message.set(e.isUnreachable() ? "payment.retry" : e.message());
            } else {
                message.set("error.unexpected");
            }
        });
    }

    /** Prints the recorded payment's receipt (the original: the first print of it). */
    public void printReceipt() {
        PaymentDto p = recorded.get();
        if (p != null && p.receiptId() != null) {
            long id = p.receiptId();
            receipt.print("receipts", p.receiptNumber(), () -> api.receiptPdf(id));
        }
    }

    /** Whether the recorded payment has a receipt to print. */
    public boolean hasReceipt() {
        return recorded.get() != null && recorded.get().receiptId() != null;
    }

    /** The receipt's print: progress, where it was saved, or why not. */
    public Printing receipt() {
        return receipt;
    }

    private static boolean sameAs(PaymentInput a, PaymentInput b) {
        return a.amount().equals(b.amount()) && a.method().equals(b.method())
                && java.util.Objects.equals(a.reference(), b.reference());
    }

    /** The key the next press of "Record" sends (the same until the form changes). */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    public ObjectProperty<InvoiceDto> invoice() {
        return invoice;
    }

    public StringProperty amount() {
        return amount;
    }

    public StringProperty method() {
        return method;
    }

    public StringProperty reference() {
        return reference;
    }

    /** The day the money was received (today unless the bursar enters an earlier day). */
    public ObjectProperty<LocalDate> receivedOn() {
        return receivedOn;
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

    public ObjectProperty<PaymentDto> recorded() {
        return recorded;
    }
}
