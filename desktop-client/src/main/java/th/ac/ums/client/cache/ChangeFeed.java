package th.ac.ums.client.cache;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import th.ac.ums.client.api.ApiClient;
import th.ac.ums.client.task.TaskRunner;
import th.ac.ums.model.Dtos.Change;
import th.ac.ums.model.api.ApiPaths;

/**
 * Follows the server's change stream ({@code GET /events}, server-sent events) while signed in
 * and hands each change to the grids on the UI thread, so a row another desktop edited is
 * reloaded at once. Reconnects with {@code Last-Event-ID}: the id of the last event received, each
 * change's own sequence, or the starting point the server names when a stream opens (an event
 * with an id and no data), so nothing is missed across a drop even before the first change.
 */
public final class ChangeFeed {
    private final ApiClient api;
    private final TaskRunner tasks;
    private final Duration reconnect;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile String lastId;
    private volatile Thread reader;

    public ChangeFeed(ApiClient api, TaskRunner tasks) {
        this(api, tasks, Duration.ofSeconds(2));
    }

    ChangeFeed(ApiClient api, TaskRunner tasks, Duration reconnect) {
        this.api = api;
        this.tasks = tasks;
        this.reconnect = reconnect;
    }

    public void onChange(Consumer<Change> listener) {
        listeners.add(listener);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        tasks.background(this::loop);
    }

    public synchronized void stop() {
        running = false;
        lastId = null;
        Thread t = reader;
        if (t != null) {
            t.interrupt();
        }
    }

    private void loop() {
        reader = Thread.currentThread();
        while (running && api.signedIn()) {
            Map<String, String> headers = new HashMap<>(Map.of("Accept", "text/event-stream"));
            if (lastId != null) {
                headers.put("Last-Event-ID", lastId);
            }
            try (InputStream in = api.stream(ApiPaths.EVENTS, headers)) {
                read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (th.ac.ums.client.api.ApiException e) {
                if (e.status() == 400) {
                    lastId = null;   // a position the server no longer knows (a restored database): start afresh
                }
            } catch (Exception e) {
                // dropped or refused: wait and reconnect while signed in
            }
            if (!sleep()) {
                break;
            }
        }
        reader = null;
        running = false;
    }

    private void read(BufferedReader lines) throws java.io.IOException {
        StringBuilder data = new StringBuilder();
        String id = null;
        String line;
        while (running && (line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (!data.isEmpty()) {
                    dispatch(data.toString());
                }
                if (id != null) {
                    lastId = id;
                }
                data.setLength(0);
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            }
        }
    }

    private void dispatch(String json) {
        try {
            Change c = api.json().readValue(json, Change.class);
            tasks.onUi(() -> listeners.forEach(l -> l.accept(c)));
        } catch (java.io.IOException e) {
            // not a change (a comment or a future event type): ignore
        }
    }

    private boolean sleep() {
        try {
            Thread.sleep(reconnect);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
