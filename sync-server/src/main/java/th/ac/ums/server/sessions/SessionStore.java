package th.ac.ums.server.sessions;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import th.ac.ums.model.Role;
import th.ac.ums.server.platform.Prefetched;
import th.ac.ums.server.platform.RedisStore;

/**
 * Live sessions in Redis: {@code sess:<id>} (a hash), and {@code usess:<userId>}, a set of the
 * user's session ids used for listing and "revoke all" and treated as a hint (ids whose session
 * is gone are pruned). Times are decided with the server's clock; Redis TTLs only collect garbage.
 */
public final class SessionStore {
    /** Extra Redis TTL beyond the session's own expiry (keys are collected, never relied upon). */
    static final long GC_MARGIN_MS = Duration.ofMinutes(5).toMillis();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedisStore redis;
    private final Clock clock;
    private final Duration idle;
    private final Duration absolute;

    public SessionStore(RedisStore redis, Clock clock, Duration idle, Duration absolute) {
        this.redis = redis;
        this.clock = clock;
        this.idle = idle;
        this.absolute = absolute;
    }

    /** The outcome of checking a session on a request. */
    public sealed interface Touch {
        /** The session is alive and was touched. */
        record Alive(Session session, Prefetched prefetched) implements Touch {
            public Alive(Session session) {
                this(session, null);
            }
        }

        /** No such session (revoked, ended, never existed). */
        record Missing() implements Touch {
        }

        /** The session timed out (idle or absolute); it must be ended with reason "expired". */
        record Expired(Instant lastSeen) implements Touch {
        }

        /** Over the per-session rate limit. */
        record Limited(long retryAfterMillis) implements Touch {
        }
    }

    /** A new opaque session id: 256 bits from a CSPRNG, URL-safe. */
    public static String newId() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Session create(long userId, String email, Set<Role> roles, String ip, String client, String restriction) {
        return create(userId, email, roles, ip, client, restriction, p -> {
        });
    }

    /**
     * Creates a session; {@code alsoInRoundTrip} adds commands to the same pipeline (a sign-in
     * settles its login limits there), so that they cost no round trip of their own.
     */
    public Session create(long userId, String email, Set<Role> roles, String ip, String client, String restriction,
                          java.util.function.Consumer<AbstractPipeline> alsoInRoundTrip) {
        Instant now = clock.instant();
        Session session = new Session(newId(), userId, email, roles, now, now, now.plus(absolute), ip, client,
                restriction == null ? "" : restriction);
        Map<String, String> fields = new HashMap<>();
        fields.put("uid", String.valueOf(userId));
        fields.put("email", email);
        fields.put("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        fields.put("created", String.valueOf(now.toEpochMilli()));
        fields.put("lastSeen", String.valueOf(now.toEpochMilli()));
        fields.put("absExp", String.valueOf(session.absoluteExpiry().toEpochMilli()));
        fields.put("ip", ip);
        fields.put("client", client);
        fields.put("restrict", session.restriction());
        String key = key(session.id());
        String index = userIndex(userId);
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                p.hset(key, fields);
                p.pexpire(key, Math.min(idle.toMillis(), absolute.toMillis()) + GC_MARGIN_MS);
                p.sadd(index, session.id());
                p.pexpire(index, absolute.toMillis() + GC_MARGIN_MS);
                alsoInRoundTrip.accept(p);
                p.sync();
            }
            return null;
        });
        return session;
    }

    /** Checks, rate-limits and slides a session in one round trip (see session_touch.lua). */
    public Touch touch(String sessionId, int maxPerMinute) {
        return touch(sessionId, maxPerMinute, null);
    }

    /**
     * As {@link #touch(String, int)}, and in the same round trip reads {@code prefetchKey} (a full
     * Redis key; null: none), answered with a live session only.
     */
    public Touch touch(String sessionId, int maxPerMinute, String prefetchKey) {
        long now = clock.millis();
        long minute = now / 60_000;
        List<String> keys = new ArrayList<>(List.of(key(sessionId), redis.key("rls", sessionId,
                String.valueOf(minute))));
        if (prefetchKey != null) {
            keys.add(prefetchKey);
        }
        Object raw = redis.eval("session_touch", keys, List.of(String.valueOf(now), String.valueOf(idle.toMillis()),
                String.valueOf(maxPerMinute), String.valueOf(60_000 - now % 60_000),
                String.valueOf(GC_MARGIN_MS)));
        List<?> r = (List<?>) raw;
        String status = (String) r.get(0);
        return switch (status) {
            case "ok" -> new Touch.Alive(new Session(sessionId, Long.parseLong((String) r.get(1)), (String) r.get(2),
                    roles((String) r.get(3)), Instant.ofEpochMilli(Long.parseLong((String) r.get(4))),
                    Instant.ofEpochMilli(now), Instant.ofEpochMilli(Long.parseLong((String) r.get(5))), null, null,
                    (String) r.get(6)), prefetchKey == null ? null
                    : new Prefetched(prefetchKey, r.size() > 8 ? (String) r.get(8) : null));
            case "expired" -> new Touch.Expired(Instant.ofEpochMilli(Long.parseLong((String) r.get(1))));
            case "limited" -> new Touch.Limited(Long.parseLong((String) r.get(1)));
            default -> new Touch.Missing();
        };
    }

    /** Removes a session; answers its owner and last activity if it was still there. */
    public Optional<Ended> remove(String sessionId, long userId) {
        List<?> r = (List<?>) redis.eval("session_end", List.of(key(sessionId), userIndex(userId)),
                List.of(sessionId));
        if (r.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ended(Long.parseLong((String) r.get(0)),
                r.get(1) == null ? null : Instant.ofEpochMilli(Long.parseLong((String) r.get(1)))));
    }

    /** What a removed session was. */
    public record Ended(long userId, Instant lastSeen) {
    }

    /** The live sessions of a user, oldest first; ids whose session is gone are pruned from the index. */
    public List<Session> forUser(long userId) {
        String index = userIndex(userId);
        return redis.call(j -> {
            List<String> ids = new ArrayList<>(j.smembers(index));
            List<Session> live = new ArrayList<>();
            List<String> gone = new ArrayList<>();
            List<Map<String, String>> all = read(j, ids);
            for (int i = 0; i < ids.size(); i++) {
                Map<String, String> h = all.get(i);
                Optional<Session> s = toSession(ids.get(i), h);
                if (s.isPresent()) {
                    live.add(s.get());
                } else {
                    gone.add(ids.get(i));
                }
            }
            if (!gone.isEmpty()) {
                j.srem(index, gone.toArray(String[]::new));
            }
            live.sort(java.util.Comparator.comparing(Session::createdAt));
            return live;
        });
    }

    /** The given sessions as Redis holds them now (empty where a session is gone). */
    public List<Optional<Session>> find(List<String> ids) {
        return redis.call(j -> {
            List<Map<String, String>> all = read(j, ids);
            List<Optional<Session>> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                out.add(toSession(ids.get(i), all.get(i)));
            }
            return out;
        });
    }

    public Optional<Session> find(String id) {
        return find(List.of(id)).get(0);
    }

    /** Sets new roles on every live session of a user (an admin changed them). */
    public void updateRoles(long userId, Set<Role> roles) {
        String value = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        for (Session s : forUser(userId)) {
            redis.call(j -> j.hset(key(s.id()), "roles", value));
        }
    }

    /** Lifts the enrol-first restriction of a user's sessions (they enrolled). */
    public void clearRestriction(long userId) {
        for (Session s : forUser(userId)) {
            redis.call(j -> j.hset(key(s.id()), "restrict", ""));
        }
    }

    private List<Map<String, String>> read(redis.clients.jedis.UnifiedJedis j, List<String> ids) {
        List<Response<Map<String, String>>> responses = new ArrayList<>();
        try (AbstractPipeline p = j.pipelined()) {
            for (String id : ids) {
                responses.add(p.hgetAll(key(id)));
            }
            p.sync();
        }
        return responses.stream().map(Response::get).toList();
    }

    private Optional<Session> toSession(String id, Map<String, String> h) {
        if (h == null || h.isEmpty() || !h.containsKey("uid")) {
            return Optional.empty();
        }
        long lastSeen = Long.parseLong(h.get("lastSeen"));
        long absExp = Long.parseLong(h.get("absExp"));
        long now = clock.millis();
        if (absExp <= now || lastSeen + idle.toMillis() <= now) {
            return Optional.empty();
        }
        return Optional.of(new Session(id, Long.parseLong(h.get("uid")), h.get("email"), roles(h.get("roles")),
                Instant.ofEpochMilli(Long.parseLong(h.get("created"))), Instant.ofEpochMilli(lastSeen),
                Instant.ofEpochMilli(absExp), h.get("ip"), h.get("client"), h.getOrDefault("restrict", "")));
    }

    /** When a live session ends if nobody uses it: the earlier of idle and absolute expiry. */
    public Instant expiresAt(Session s) {
        Instant idleEnd = s.lastSeenAt().plus(idle);
        return idleEnd.isBefore(s.absoluteExpiry()) ? idleEnd : s.absoluteExpiry();
    }

    public boolean exists(String id) {
        return redis.call(j -> j.exists(key(id)));
    }

    static Set<Role> roles(String csv) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (csv != null && !csv.isEmpty()) {
            for (String r : csv.split(",")) {
                set.add(Role.valueOf(r));
            }
        }
        return set;
    }

    String key(String sessionId) {
        return redis.key("sess", sessionId);
    }

    String userIndex(long userId) {
        return redis.key("usess", String.valueOf(userId));
    }

    public Duration idle() {
        return idle;
    }
}
