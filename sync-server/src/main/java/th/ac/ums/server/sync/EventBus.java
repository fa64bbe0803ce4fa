package th.ac.ums.server.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.platform.RedisStore;

/**
 * Committed changes, delivered to every instance: published on a Redis channel after commit
 * and received by one subscriber thread per instance (reconnecting by itself), then handed to
 * local listeners (cache invalidation, server-sent events). A change is also delivered locally
 * at once; listeners see each sequence number once.
 */
public final class EventBus implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
    private static final TypeReference<List<ChangeEvent>> LIST = new TypeReference<>() {
    };

    private final RedisStore redis;
    private final String channel;
    private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, Boolean> seen = Collections.synchronizedMap(new LinkedHashMap<>(4096, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > 20_000;
        }
    });
    private volatile boolean running;
    private volatile JedisPubSub subscription;
    private volatile boolean connected;

    public EventBus(RedisStore redis) {
        this.redis = redis;
        this.channel = redis.key("events");
    }

    public void listen(Consumer<ChangeEvent> listener) {
        listeners.add(listener);
    }

    public void unlisten(Consumer<ChangeEvent> listener) {
        listeners.remove(listener);
    }

    /** Delivers locally, then tells the other instances; a Redis failure is logged, not thrown. */
    public void publish(List<ChangeEvent> changes) {
        if (changes.isEmpty()) {
            return;
        }
        changes.forEach(this::deliver);
        try {
            String message = new String(Json.write(changes), java.nio.charset.StandardCharsets.UTF_8);
            redis.call(j -> j.publish(channel, message));
        } catch (RuntimeException e) {
            LOG.warn("could not publish {} changes (other instances will catch up through /changes): {}",
                    changes.size(), e.getMessage());
        }
    }

    private void deliver(ChangeEvent change) {
        if (seen.putIfAbsent(change.seq(), Boolean.TRUE) != null) {
            return;
        }
        for (Consumer<ChangeEvent> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("change listener failed: {}", e.getMessage());
            }
        }
    }

    public void start() {
        running = true;
        Thread.ofPlatform().daemon().name("event-bus").start(this::subscribeLoop);
    }

    public boolean connected() {
        return connected;
    }

    private void subscribeLoop() {
        while (running) {
            JedisPubSub pubSub = new JedisPubSub() {
                @Override
                public void onSubscribe(String ch, int count) {
                    connected = true;
                }

                @Override
                public void onMessage(String ch, String message) {
                    try {
                        List<ChangeEvent> changes = Json.MAPPER.readValue(message, LIST);
                        changes.forEach(EventBus.this::deliver);
                    } catch (java.io.IOException | RuntimeException e) {
                        LOG.warn("unreadable change message: {}", e.getMessage());
                    }
                }
            };
            subscription = pubSub;
            try {
                redis.jedis().subscribe(pubSub, channel);
            } catch (RuntimeException e) {
                connected = false;
                if (running) {
                    sleep();
                }
            }
            connected = false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        JedisPubSub s = subscription;
        if (s != null && s.isSubscribed()) {
            try {
                s.unsubscribe();
            } catch (RuntimeException ignored) {
                // the connection is going away anyway
            }
        }
    }

    /** For tests: the channel name. */
    public List<String> channels() {
        return new ArrayList<>(List.of(channel));
    }
}
