package th.ac.ums.client.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import th.ac.ums.client.task.TaskRunner;

/**
 * Saves a server export (CSV, or an Excel workbook) to a file with progress (rows written of the
 * rows expected; a workbook is not counted, it only says when it is saved) and cancel. It writes to a temporary file and moves it into place only when complete, so a
 * cancelled or failed export never leaves half a file under the chosen name.
 */
public final class CsvExport {
    private final TaskRunner tasks;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancel = new AtomicBoolean();

    public CsvExport(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Result of an export: rows written, or cancelled. */
    public record Result(long rows, boolean cancelled) {
    }

    public void start(Supplier<InputStream> source, Path target, long expectedRows, Runnable done) {
        start(source, target, expectedRows, true, done);
    }

    /** @param lines whether the file is text with a header row and a line per row (CSV), to count them */
    public void start(Supplier<InputStream> source, Path target, long expectedRows, boolean lines, Runnable done) {
        cancel.set(false);
        running.set(true);
        progress.set(0);
        tasks.run(() -> copy(source, target, Math.max(1, expectedRows)), r -> {
            running.set(false);
            progress.set(r.cancelled() ? 0 : 1);
            message.set(r.cancelled() ? "export.cancelled" : lines
                    ? I18n.compose("export.doneRows", I18n.counted("rows", r.rows()))
                    : I18n.compose("export.saved", target.getFileName().toString()));
            done.run();
        }, e -> {
            running.set(false);
            message.set(I18n.compose("export.failed", I18n.key(th.ac.ums.client.api.ApiException.messageOf(e))));
            done.run();
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    private Result copy(Supplier<InputStream> source, Path target, long expected) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".export-", ".part");
        long lines = 0;
        try (InputStream in = source.get(); OutputStream out = Files.newOutputStream(tmp)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            long reported = 0;
            while ((n = in.read(buf)) > 0) {
                if (cancel.get()) {
                    Files.deleteIfExists(tmp);
                    return new Result(lines, true);
                }
                out.write(buf, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                if (lines - reported >= 2000) {
                    reported = lines;
                    long l = lines;
                    tasks.onUi(() -> {
                        progress.set(Math.min(0.99, (double) l / expected));
                        message.set("export.rows:" + l);
                    });
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        return new Result(Math.max(0, lines - 1), false);
    }

    public DoubleProperty progress() {
        return progress;
    }

    /** A message key, optionally followed by {@code :value}. */
    public StringProperty message() {
        return message;
    }

    public BooleanProperty running() {
        return running;
    }
}
