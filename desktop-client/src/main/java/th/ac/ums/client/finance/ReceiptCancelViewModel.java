package th.ac.ums.client.finance;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.api.FinanceApi;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.I18n;
import th.ac.ums.model.Dtos.ReceiptDto;

/**
 * Cancelling the selected receipt or credit note: a reason (1 to 500 characters) is required,
 * {@link #review()} checks it and sends nothing, the review's confirm sends it with the receipt's
 * version as {@code If-Match}. The number stays taken, nothing is re-issued, the payment is unchanged.
 * The answer replaces the row; a receipt cancelled or changed meanwhile is said in words.
 */
public final class ReceiptCancelViewModel {
    /** The longest reason the server takes. */
    public static final int MAX_REASON = 500;

    /** What the review shows: the receipt as it is now and the reason. */
    public record Review(ReceiptDto receipt, String reason) {
    }

    private final FinanceApi api;
    private final TaskRunner tasks;
    private final Consumer<ReceiptDto> answered;
    private final Runnable reload;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final StringProperty whyNot = new SimpleStringProperty("cancel.pick");
    private ReceiptDto receipt;

    /**
     * @param answered takes the receipt as the server answered it (cancelled)
     * @param reload lists again (someone else cancelled or changed it meanwhile)
     */
    ReceiptCancelViewModel(FinanceApi api, TaskRunner tasks, Consumer<ReceiptDto> answered, Runnable reload) {
        this.api = api;
        this.tasks = tasks;
        this.answered = answered;
        this.reload = reload;
    }

    /** Another receipt selected: the reason and its error are forgotten (a result just said stays). */
    void selected(ReceiptDto r) {
        boolean other = receipt == null || r == null || receipt.id() != r.id();
        receipt = r;
        whyNot.set(why());
        if (other && !busy.get()) {
            reason.set("");
            fieldErrors.clear();
        }
    }

    /** Why the selected receipt cannot be cancelled (a message key), empty when it can. */
    public String why() {
        if (receipt == null) {
            return "cancel.pick";
        }
        return "CANCELLED".equals(receipt.status()) ? "cancel.already" : "";
    }

    /** Checks the reason; the review to show, or empty with what is wrong marked. Nothing is sent. */
    public Optional<Review> review() {
        message.set("");
        failed.set(false);
        fieldErrors.clear();
        if (!why().isEmpty()) {
            message.set(why());
            failed.set(true);
            return Optional.empty();
        }
        String r = reason.get() == null ? "" : reason.get().trim();
        if (r.isEmpty()) {
            fieldErrors.put("cancel-reason", "cancel.reasonRequired");
        } else if (r.length() > MAX_REASON) {
            fieldErrors.put("cancel-reason", I18n.compose("cancel.reasonTooLong", MAX_REASON, r.length()));
        }
        return fieldErrors.isEmpty() ? Optional.of(new Review(receipt, r)) : Optional.empty();
    }

    /** Cancels as reviewed; {@code done} runs once the server has it. */
    public void cancel(Runnable done) {
        Optional<Review> checked = review();
        if (checked.isEmpty()) {
            return;
        }
        ReceiptDto r = checked.get().receipt();
        String why = checked.get().reason();
        busy.set(true);
        tasks.run(() -> api.cancelReceipt(r.id(), r.version(), why), now -> {
            busy.set(false);
            reason.set("");
            message.set(I18n.compose("cancel.done", now.number(), I18n.person(now.studentCode(), now.studentNameTh(),
                    now.studentNameEn())));
            answered.accept(now);
            done.run();
        }, t -> {
            busy.set(false);
            failed.set(true);
            message.set(refusal(t, r.number()));
            if (t instanceof ApiException e && (e.status() == 409 || e.status() == 412)) {
                reload.run();
            }
        });
    }

    private static String refusal(Throwable t, String number) {
        if (t instanceof ApiException e) {
            return switch (e.status()) {
                case 409 -> I18n.compose("cancel.conflict", number);
                case 412 -> I18n.compose("cancel.stale", number);
                case ApiException.UNREACHABLE -> "cancel.retry";
                default -> e.message();
            };
        }
        return "error.unexpected";
    }

    /** {@link #why()} as a property, set once the selection is known (the button's reason beside it). */
    public javafx.beans.property.ReadOnlyStringProperty whyNot() {
        return whyNot;
    }

    public StringProperty reason() {
        return reason;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** What happened (a message key with its arguments, or the server's refusal). */
    public StringProperty message() {
        return message;
    }

    /** Whether the message is an error. */
    public BooleanProperty failed() {
        return failed;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
