package th.ac.ums.client.finance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
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
import th.ac.ums.client.ui.Formats;
import th.ac.ums.client.ui.TaskRunner;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.Inputs.PaymentInput;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;

/**
 * Recording a payment against an invoice. The idempotency key is made when the form opens and
 * kept until the payment is confirmed, so "Record" pressed again after a timeout or a dropped
 * connection repeats the same request and the server records it once.
 */
public final class PaymentViewModel {
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
    private String idempotencyKey;
    private PaymentInput sent;
    private LocalDate sentDay;

    public PaymentViewModel(FinanceApi api, TaskRunner tasks) {
        this(api, tasks, () -> Formats.DEFAULT_ZONE);
    }

    /** @param zone the university's time zone ("today", and the instant of a day in the past) */
    public PaymentViewModel(FinanceApi api, TaskRunner tasks, Supplier<ZoneId> zone) {
        this.api = api;
        this.tasks = tasks;
        this.zone = zone;
    }

    public void open(InvoiceDto inv) {
        invoice.set(inv);
        amount.set(inv.outstanding());
        method.set("TRANSFER");
        reference.set("");
        receivedOn.set(LocalDate.now(zone.get()));
        fieldErrors.clear();
        message.set("");
        recorded.set(null);
        idempotencyKey = "desk-" + UUID.randomUUID();
        sent = null;
        sentDay = null;
    }

    public void record() {
        fieldErrors.clear();
        InvoiceDto inv = invoice.get();
        PaymentInput in = new PaymentInput(inv.id(), amount.get().trim(), method.get(),
                reference.get().isBlank() ? null : reference.get().trim(), sent == null ? null : sent.receivedAt());
        Errors errors = Validators.payment(in);
        errors.list().forEach(e -> fieldErrors.putIfAbsent(e.field(), e.message()));
        LocalDate day = receivedOn.get();
        LocalDate today = LocalDate.now(zone.get());
        if (day == null) {
            fieldErrors.put("receivedOn", "payment.badDate");
        } else if (day.isAfter(today)) {
            fieldErrors.put("receivedOn", "payment.future");
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
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
        tasks.run(() -> api.pay(request, key), p -> {
            busy.set(false);
            recorded.set(p);
            message.set("payment.recorded");
        }, t -> {
            busy.set(false);
            if (t instanceof ApiException e) {
                e.fieldErrors().forEach(f -> fieldErrors.put(f.field(), f.message()));
                message.set(e.isUnreachable() ? "payment.retry" : e.getMessage());
            } else {
                message.set("error.unexpected");
            }
        });
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
