package th.ac.ums.server.finance;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import th.ac.ums.server.platform.RedisStore;
import th.ac.ums.server.sessions.SessionStore;

/** Progress of background jobs, in Redis so any instance can report it (kept for a day). */
public final class Jobs {
    private static final long TTL_MS = 24 * 3600 * 1000L;
    private final RedisStore redis;
    private final Clock clock;

    public Jobs(RedisStore redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    public String create(String kind, long userId, long total) {
        String id = SessionStore.newId().substring(0, 22);
        set(id, Map.of("id", id, "kind", kind, "status", "RUNNING", "total", String.valueOf(total), "done", "0",
                "created", "0", "skipped", "0", "startedAt", clock.instant().toString(), "by", String.valueOf(userId)));
        return id;
    }

    void progress(String id, long done, long created, long skipped) {
        set(id, Map.of("done", String.valueOf(done), "created", String.valueOf(created), "skipped",
                String.valueOf(skipped)));
    }

    void done(String id) {
        set(id, Map.of("status", "DONE", "finishedAt", clock.instant().toString()));
    }

    void failed(String id, String message) {
        set(id, Map.of("status", "FAILED", "finishedAt", clock.instant().toString(), "error", message));
    }

    private void set(String id, Map<String, String> fields) {
        String key = redis.key("job", id);
        redis.call(j -> {
            j.hset(key, fields);
            j.pexpire(key, TTL_MS);
            return null;
        });
    }

    public Optional<Map<String, Object>> get(String id) {
        if (!id.matches("^[A-Za-z0-9_-]{1,40}$")) {
            return Optional.empty();
        }
        Map<String, String> h = redis.call(j -> j.hgetAll(redis.key("job", id)));
        if (h == null || h.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", h.get("id"));
        out.put("kind", h.get("kind"));
        out.put("status", h.get("status"));
        for (String n : new String[] {"total", "done", "created", "skipped"}) {
            out.put(n, Long.parseLong(h.getOrDefault(n, "0")));
        }
        out.put("startedAt", h.get("startedAt"));
        out.put("finishedAt", h.get("finishedAt"));
        out.put("error", h.get("error"));
        return Optional.of(out);
    }
}
