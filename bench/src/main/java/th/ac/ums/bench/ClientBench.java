package th.ac.ums.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.HdrHistogram.Histogram;
import th.ac.ums.client.App;
import th.ac.ums.client.api.PageQuery;
import th.ac.ums.client.shell.Screen;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.client.ui.PagedList;
import th.ac.ums.client.ui.PagedTableView;
import th.ac.ums.model.Dtos.StudentDto;
import th.ac.ums.model.api.Page;

/**
 * B7: the console's students grid over the 1M seed, headless (Monocle, software rendering), with
 * JavaFX's own pulse logger on. The server runs in another process. The script: drag the scroll
 * bar from top to bottom (one step a pulse, 1,200 steps), scroll 3,000 rows a screenful a pulse,
 * then 20 random jumps, each timed until its rows show. The reference is the same grid over a
 * million rows already in memory (rows made on demand, no I/O), driven the same way.
 */
final class ClientBench {
    private static final Pattern PHASE = Pattern.compile("T(\\d+) \\((\\d+) \\+(\\d+)ms\\): (.+)");
    private static final Pattern PULSE = Pattern.compile("\\[(\\d+) (\\d+)ms:(\\d+)ms\\]|PULSE: (\\d+) \\[(\\d+)ms:(\\d+)ms\\]");

    private ClientBench() {
    }

    /** One run: pulse durations, jump latencies, heap. */
    record Run(String name, Histogram pulses, long over, Histogram fxWork, long fxOver, Histogram jumps, long heapPeak,
               long heapAfterGc) {
        double fxOverShare() {
            return fxWork.getTotalCount() == 0 ? 0 : fxOver / (double) fxWork.getTotalCount();
        }

        double overShare() {
            return pulses.getTotalCount() == 0 ? 0 : over / (double) pulses.getTotalCount();
        }
    }

    static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("javafx.pulseLogger", "true");
        System.setProperty("javafx.pulseLogger.threshold", "16");
        System.setProperty("java.awt.headless", "true");
    }

    /** Rows of the in-memory reference grid: as many as the seed has students. */
    private static volatile int referenceRows = 1_000_000;

    static List<Run> b7(String baseUrl, String email, String password, long students, PrintStream out)
            throws Exception {
        referenceRows = (int) students;
        headless();
        PulseCapture capture = PulseCapture.install();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        try {
            Run reference = reference(capture, out);
            Run server = overServer(capture, baseUrl, email, password, out);
            return List.of(server, reference);
        } finally {
            capture.uninstall();
            Platform.exit();
        }
    }

    private static Run reference(PulseCapture capture, PrintStream out) throws Exception {
        AtomicReference<PagedTableView<StudentDto>> table = new AtomicReference<>();
        onFx(() -> {
            PagedList<StudentDto> rows = new PagedList<>(ClientBench::memoryPage, TaskRunner.direct(), () -> true, 100,
                    400);
            PagedTableView<StudentDto> t = new PagedTableView<>(rows);
            t.column(new javafx.beans.property.SimpleStringProperty("Code"), "code", 90, StudentDto::studentCode);
            t.column(new javafx.beans.property.SimpleStringProperty("Name"), "name", 220,
                    s -> s.firstNameEn() + " " + s.lastNameEn());
            t.column(new javafx.beans.property.SimpleStringProperty("E-mail"), "email", 230, StudentDto::email);
            t.column(new javafx.beans.property.SimpleStringProperty("Program"), "program", 110, StudentDto::programCode);
            t.column(new javafx.beans.property.SimpleStringProperty("Status"), "status", 90, StudentDto::status);
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(t), 1280, 800));
            stage.show();
            rows.setQuery(Map.of(), "studentCode");
            table.set(t);
        });
        return script("in-memory reference", table.get(), capture, out, () -> onFx(() -> table.get().getScene()
                .getWindow().hide()));
    }

    private static Run overServer(PulseCapture capture, String baseUrl, String email, String password, PrintStream out)
            throws Exception {
        AtomicReference<App> app = new AtomicReference<>();
        Preferences prefs = Preferences.userRoot().node("ums-bench-b7/" + System.nanoTime());
        onFx(() -> {
            App a = new App(new Stage(), new App.Options(baseUrl, prefs, java.util.Locale.ENGLISH));
            a.start();
            var root = a.shellOrLogin();
            ((TextField) root.lookup("#email")).setText(email);
            ((TextField) root.lookup("#password")).setText(password);
            ((Button) root.lookup("#sign-in")).fire();
            app.set(a);
        });
        waitFor(() -> app.get().shell() != null, 30_000);
        onFx(() -> app.get().shell().show(Screen.STUDENTS));
        PagedTableView<StudentDto> table = app.get().studentsView().table();
        waitFor(() -> table.getItems().size() > referenceRows / 2 && table.pagedRows().peek(0) != null, 30_000);
        out.printf("  B7 grid over the server: %,d rows (estimated total)%n", table.getItems().size());
        Run r = script("over the server", table, capture, out, () -> { });
        prefs.removeNode();
        return r;
    }

    /** The same steps for both grids; pulses are counted from the pulse logger during the steps. */
    private static Run script(String name, PagedTableView<StudentDto> table, PulseCapture capture, PrintStream out,
                              Step after) throws Exception {
        Thread.sleep(1000);
        MemorySampler memory = MemorySampler.start();
        capture.reset();
        int size = table.getItems().size();
        perPulse(1200, step -> table.scrollTo((int) ((long) step * (size - 40) / 1199)));
        int[] start = {size / 3};
        perPulse(3000 / 30, step -> table.scrollTo(start[0] + step * 30));
        Histogram jumps = new Histogram(60_000, 3);
        Random random = new Random(7);
        for (int j = 0; j < 20; j++) {
            int target = random.nextInt(size - 50);
            long t0 = System.nanoTime();
            onFx(() -> table.jumpTo(target));
            waitFor(() -> onFxValue(() -> table.pagedRows().peek(target) != null
                    && table.pagedRows().peek(Math.min(size - 1, target + 30)) != null), 30_000);
            jumps.recordValue(Math.max(1, (System.nanoTime() - t0) / 1_000_000));
            Thread.sleep(300);
        }
        Thread.sleep(500);
        long fxThread = onFxValue(() -> Thread.currentThread().threadId());
        List<long[]> pulses = capture.pulses(fxThread);
        Histogram h = new Histogram(60_000, 3);
        Histogram fx = new Histogram(60_000, 3);
        long over = 0;
        long fxOver = 0;
        for (long[] p : pulses) {
            h.recordValue(Math.max(0, Math.min(60_000, p[2])));
            over += p[2] > 16 ? 1 : 0;
            fx.recordValue(Math.max(0, Math.min(60_000, p[3])));
            fxOver += p[3] > 16 ? 1 : 0;
        }
        long peak = memory.stop();
        System.gc();
        Thread.sleep(300);
        long afterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Run r = new Run(name, h, over, fx, fxOver, jumps, peak, afterGc);
        out.printf("  B7 %s: %,d pulses, %.2f%% over 16.7 ms, p99 pulse %d ms, max %d ms; FX-thread work %.2f%% "
                        + "over 16.7 ms, p99 %d ms; jumps p50 %d ms, max %d ms; heap peak %,d MB, after GC %,d MB%n",
                name, h.getTotalCount(), r.overShare() * 100, h.getValueAtPercentile(99), h.getMaxValue(),
                r.fxOverShare() * 100, fx.getValueAtPercentile(99), jumps.getValueAtPercentile(50),
                jumps.getMaxValue(), peak >> 20, afterGc >> 20);
        after.run();
        return r;
    }

    /** A step that may fail. */
    interface Step {
        void run() throws Exception;
    }

    /** Runs {@code step} once per pulse, {@code n} times, and waits for the last. */
    private static void perPulse(int n, java.util.function.IntConsumer step) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        onFx(() -> new AnimationTimer() {
            private int i;

            @Override
            public void handle(long now) {
                if (i < n) {
                    step.accept(i++);
                } else {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        done.get(10, TimeUnit.MINUTES);
    }

    /** A page of made-up students computed from the position: the grid's rows with no I/O at all. */
    private static Page<StudentDto> memoryPage(PageQuery q) {
        int first = q.cursor() != null ? Integer.parseInt(q.cursor()) : q.page() == null ? 0 : (q.page() - 1) * q.limit();
        List<StudentDto> rows = new ArrayList<>(q.limit());
        for (int i = first; i < Math.min(referenceRows, first + q.limit()); i++) {
            String code = String.format("%08d", 62_000_001 + i);
            rows.add(new StudentDto(i + 1, 1, code, "สมชาย", "ใจดี", "Somchai" + i, "Jaidee", code + "@student.ums.ac.th",
                    null, 1, "SCI01", "วิทยาศาสตร์", "Science", 1, "ACTIVE", LocalDate.of(2025, 6, 1), Instant.EPOCH,
                    Instant.EPOCH));
        }
        String next = first + q.limit() < referenceRows ? Integer.toString(first + q.limit()) : null;
        return new Page<>(rows, null, q.limit(), referenceRows, true, 10_000, next, null);
    }

    static void onFx(Runnable r) throws Exception {
        onFxValue(() -> {
            r.run();
            return null;
        });
    }

    static <T> T onFxValue(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (!condition.call()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    /** Collects the pulse logger's lines from stderr (it prints "[n interval:total]" per pulse). */
    static final class PulseCapture extends OutputStream {
        private final PrintStream original = System.err;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        static PulseCapture install() {
            PulseCapture c = new PulseCapture();
            System.setErr(new PrintStream(c, true, StandardCharsets.UTF_8));
            return c;
        }

        void uninstall() {
            System.setErr(original);
        }

        @Override
        public synchronized void write(int b) {
            buffer.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        synchronized void reset() {
            buffer.reset();
        }

        /**
         * Pulses since the last reset: {number, interval ms, duration ms, FX-thread work ms}. A pulse
         * over the logger's threshold lists its phases; the FX thread's phases other than waiting
         * for the renderer are its own work (CSS, layout, copying state to the render graph). A
         * short pulse's work is at most its duration.
         */
        synchronized List<long[]> pulses(long fxThread) {
            List<long[]> out = new ArrayList<>();
            String text = buffer.toString(StandardCharsets.UTF_8);
            Matcher m = PULSE.matcher(text);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 4;
                long total = Long.parseLong(m.group(g + 2));
                long work = total;
                if (g == 4) {
                    int end = text.indexOf("PULSE: ", m.end());
                    int bracket = text.indexOf("\n[", m.end());
                    int stop = Math.min(end < 0 ? text.length() : end, bracket < 0 ? text.length() : bracket);
                    work = fxWork(text.substring(m.end(), stop), fxThread);
                }
                out.add(new long[] {Long.parseLong(m.group(g)), Long.parseLong(m.group(g + 1)), total, work});
            }
            return out;
        }

        private static long fxWork(String block, long fxThread) {
            long sum = 0;
            Matcher p = PHASE.matcher(block);
            while (p.find()) {
                if (Long.parseLong(p.group(1)) == fxThread && !p.group(4).startsWith("Waiting")) {
                    sum += Long.parseLong(p.group(3));
                }
            }
            return sum;
        }
    }

    /** Samples used heap every 100 ms; {@link #stop()} answers the peak. */
    static final class MemorySampler {
        private volatile boolean running = true;
        private volatile long peak;

        static MemorySampler start() {
            MemorySampler s = new MemorySampler();
            Thread.ofPlatform().daemon().start(() -> {
                while (s.running) {
                    s.peak = Math.max(s.peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            return s;
        }

        long stop() {
            running = false;
            return peak;
        }
    }
}
