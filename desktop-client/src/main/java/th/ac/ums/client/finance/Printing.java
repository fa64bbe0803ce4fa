package th.ac.ums.client.finance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.api.ApiException;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.I18n;

/**
 * One "Print" action of a screen: fetches the PDF in the background, saves it with
 * {@link Documents}, opens it, and says what happened beside its button: opened (and where it
 * is), saved where the console could not open it, or why it failed, in words.
 */
public final class Printing {
    private final Documents documents;
    private final TaskRunner tasks;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private volatile Path last;

    public Printing(Documents documents, TaskRunner tasks) {
        this.documents = documents;
        this.tasks = tasks;
    }

    /** Fetches, saves as {@code kind/name.pdf} and opens a document; ignored while one is being printed. */
    public void print(String kind, String name, Callable<byte[]> fetch) {
        print(kind, name, "pdf", fetch);
    }

    /** Fetches, saves as {@code kind/name.extension} ({@code csv}: an export) and opens a file. */
    public void print(String kind, String name, String extension, Callable<byte[]> fetch) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        failed.set(false);
        message.set("document.printing");
        tasks.run(() -> {
            Path file = documents.save(kind, name, fetch.call(), extension);
            last = file;
            return documents.open(file) ? I18n.compose("document.opened", file.getFileName(), file.getParent())
                    : I18n.compose("document.saved", file);
        }, said -> {
            busy.set(false);
            message.set(said);
        }, t -> {
            busy.set(false);
            failed.set(true);
            message.set(t instanceof IOException e ? I18n.compose("document.notSaved",
                    String.valueOf(e.getMessage())) : ApiException.messageOf(t));
        });
    }

    /** Forgets the last result (another invoice, another payment). */
    public void clear() {
        if (!busy.get()) {
            message.set("");
            failed.set(false);
        }
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** What happened, as a message (key and arguments, or the server's refusal). */
    public StringProperty message() {
        return message;
    }

    /** Whether the last print failed (the message is an error). */
    public BooleanProperty failed() {
        return failed;
    }

    /** The file the last print saved, if any (tests read it). */
    public java.util.Optional<Path> lastFile() {
        return java.util.Optional.ofNullable(last);
    }
}
