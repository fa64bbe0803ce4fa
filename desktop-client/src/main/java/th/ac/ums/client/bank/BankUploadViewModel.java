package th.ac.ums.client.bank;

import java.math.BigDecimal;
import java.util.List;
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
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.Notice;
import th.ac.ums.model.Dtos.BankBucket;
import th.ac.ums.model.Dtos.BankFileReport;
import th.ac.ums.model.Dtos.BankLayoutDto;
import th.ac.ums.model.validation.FieldError;

/**
 * Uploading a bank's bill-payment file: the bank is chosen from the layouts the server knows, the
 * file is always checked first (a dry run: nothing is written) and the report reviewed; only then
 * {@link #commit()} records its payments, and only when the file has no unreadable line. The result
 * names what was recorded, what was recorded before and what waits on the unmatched list.
 */
public final class BankUploadViewModel {
    private final BankApi api;
    private final TaskRunner tasks;
    private final ObservableList<BankLayoutDto> layouts = FXCollections.observableArrayList();
    private final StringProperty bank = new SimpleStringProperty("");
    private final StringProperty fileName = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private final ObjectProperty<BankFileReport> checked = new SimpleObjectProperty<>();
    private final ObjectProperty<BankFileReport> recorded = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private byte[] file;

    public BankUploadViewModel(BankApi api, TaskRunner tasks) {
        this.api = api;
        this.tasks = tasks;
    }

    /** The banks the server reads files of; the first is chosen when none is. */
    public void loadLayouts() {
        tasks.run(api::layouts, list -> {
            layouts.setAll(list);
            if ((bank.get() == null || bank.get().isEmpty()) && !list.isEmpty()) {
                bank.set(list.get(0).code());
            }
        }, t -> notice.set(Notice.failure(t)));
    }

    /**
     * Checks a file of the chosen bank (a dry run; nothing is written); {@code then} runs once the
     * report has arrived, to show the review.
     */
    public void check(String name, byte[] bytes, Runnable then) {
        fieldErrors.clear();
        checked.set(null);
        recorded.set(null);
        notice.set(Notice.NONE);
        fileName.set(name);
        file = bytes;
        if (bank.get() == null || bank.get().isEmpty()) {
            fieldErrors.put("bank", "bank.chooseBank");
        }
        if (bytes == null || bytes.length == 0) {
            fieldErrors.put("file", "bank.emptyFile");
        }
        if (!fieldErrors.isEmpty()) {
            return;
        }
        start("bank.checking");
        tasks.run(() -> api.upload(bank.get(), bytes, true), r -> {
            busy.set(false);
            progress.set("");
            checked.set(r);
            then.run();
        }, this::failed);
    }

    /** Whether the checked file may be recorded: readable throughout and with payments to record. */
    public boolean committable() {
        BankFileReport r = checked.get();
        return r != null && errors().isEmpty() && r.matched().count() > 0 && !busy.get();
    }

    /** The unreadable lines of the checked file (none: it may be recorded). */
    public List<FieldError> errors() {
        BankFileReport r = checked.get();
        return r == null || r.errors() == null ? List.of() : r.errors();
    }

    /** Whether the report's buckets add up to its total (the server promises it; the review shows it). */
    public static boolean addsUp(BankFileReport r) {
        BigDecimal sum = amount(r.matched()).add(amount(r.alreadyRecorded())).add(amount(r.unmatched()));
        return sum.compareTo(new BigDecimal(r.total())) == 0;
    }

    static BigDecimal amount(BankBucket b) {
        return b == null ? BigDecimal.ZERO : new BigDecimal(b.amount());
    }

    /** Records the checked file's payments (the review's confirm). */
    public void commit() {
        if (!committable()) {
            return;
        }
        String name = fileName.get();
        start("bank.recording");
        tasks.run(() -> api.upload(bank.get(), file, false), r -> {
            busy.set(false);
            progress.set("");
            checked.set(null);
            recorded.set(r);
            notice.set(Notice.of("bank.recorded", new Notice.Count("bank.payments", r.matched().count()),
                    new Notice.Amount(r.matched().amount()), name,
                    new Notice.Count("bank.lines", r.alreadyRecorded().count()),
                    new Notice.Amount(r.alreadyRecorded().amount()),
                    new Notice.Count("bank.lines", r.unmatched().count()), new Notice.Amount(r.unmatched().amount())));
        }, this::failed);
    }

    /** Forgets the checked file (the review was closed without recording). */
    public void cancel() {
        checked.set(null);
        file = null;
    }

    private void start(String what) {
        busy.set(true);
        progress.set(what);
    }

    private void failed(Throwable t) {
        busy.set(false);
        progress.set("");
        if (t instanceof ApiException e && !e.fieldErrors().isEmpty()) {
            e.fieldErrors().forEach(f -> fieldErrors.put(f.field().startsWith("row[") ? "file" : f.field(),
                    f.message()));
        }
        notice.set(Notice.failure(t));
    }

    public ObservableList<BankLayoutDto> layouts() {
        return layouts;
    }

    public StringProperty bank() {
        return bank;
    }

    /** The chosen bank's name, or its code. */
    public String bankName() {
        return layouts.stream().filter(l -> l.code().equals(bank.get())).map(BankLayoutDto::name).findFirst()
                .orElse(bank.get());
    }

    public StringProperty fileName() {
        return fileName;
    }

    public ObservableMap<String, String> fieldErrors() {
        return fieldErrors;
    }

    public ObjectProperty<BankFileReport> checked() {
        return checked;
    }

    public ObjectProperty<BankFileReport> recorded() {
        return recorded;
    }

    /** What is running now, as a message key ("checking the file", "recording"), empty when nothing. */
    public StringProperty progress() {
        return progress;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObjectProperty<Notice> notice() {
        return notice;
    }
}
