package th.ac.ums.client.finance;

import java.util.Map;
import java.util.Objects;
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
import th.ac.ums.client.ui.LoadStatus;
import th.ac.ums.client.ui.TaskRunner;
import th.ac.ums.model.Dtos.InvoiceDto;
import th.ac.ums.model.Dtos.PaymentDto;
import th.ac.ums.model.Inputs.RefundInput;
import th.ac.ums.model.validation.Errors;
import th.ac.ums.model.validation.Validators;

/**
 * An invoice's payments and refunding one: a refund is a counter-entry the server records once
 * per idempotency key, so pressing Refund again after no answer never refunds twice.
 */
public final class RefundViewModel {
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
    private String key;
    private RefundInput sent;

    public RefundViewModel(FinanceApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
        this.loads = tasks.latest("payments");
        selected.addListener((o, was, now) -> {
            amount.set(now == null ? "" : now.amount());
            reason.set("");
            fieldErrors.clear();
            key = "desk-" + UUID.randomUUID();
            sent = null;
        });
    }

    public void load(InvoiceDto invoice) {
        payments.clear();
        selected.set(null);
        message.set("");
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

    public void refund(Runnable done) {
        PaymentDto p = selected.get();
        if (p == null || !"PAYMENT".equals(p.kind())) {
            message.set("refund.pick");
            return;
        }
        fieldErrors.clear();
        RefundInput in = new RefundInput(amount.get().trim(), reason.get().trim());
        Errors errors = Validators.refund(in);
        if (!errors.isEmpty()) {
            errors.list().forEach(e -> fieldErrors.putIfAbsent(field(e.field()), e.message()));
            return;
        }
        if (sent != null && !Objects.equals(sent, in)) {
            key = "desk-" + UUID.randomUUID();
        }
        sent = in;
        String k = key;
        busy.set(true);
        tasks.run(() -> api.refund(p.id(), in, k), r -> {
            busy.set(false);
            message.set("refund.recorded");
            done.run();
        }, t -> {
            busy.set(false);
            if (t instanceof ApiException e) {
                e.fieldErrors().forEach(f -> fieldErrors.put(field(f.field()), f.message()));
                message.set(e.isUnreachable() ? "payment.retry" : e.getMessage());
            } else {
                message.set("error.unexpected");
            }
        });
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
