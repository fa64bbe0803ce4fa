package th.ac.ums.server.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.Optional;

/**
 * The shared parts every feature uses: settings, clock, metrics, the database (primary and
 * optional replica behind their bulkheads) and Redis. Built once per process.
 */
public final class Infrastructure implements AutoCloseable {
    private final Settings settings;
    private final Clock clock;
    private final Metrics metrics;
    private final Db db;
    private final RedisStore redis;

    private Infrastructure(Settings settings, Clock clock, Metrics metrics, Db db, RedisStore redis) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.db = db;
        this.redis = redis;
    }

    public static Infrastructure open(Settings settings, Clock clock) {
        Metrics metrics = new Metrics();
        HikariDataSource primary = DataSources.primary(settings, metrics.registry());
        DbGate gate = new DbGate(settings.integer("db.pool-size"), settings.integer("db.max-queue"),
                settings.duration("db.queue-timeout"));
        metrics.bindGate("primary", gate);
        Optional<HikariDataSource> replicaPool = DataSources.replica(settings, metrics.registry());
        ReplicaRouter replicas = replicaPool.map(pool -> {
            DbGate replicaGate = new DbGate(settings.integer("db.replica-pool-size"), settings.integer("db.max-queue"),
                    settings.duration("db.queue-timeout"));
            metrics.bindGate("replica", replicaGate);
            return ReplicaRouter.of(pool, replicaGate, settings.duration("db.replica-max-lag"),
                    java.time.Duration.ofSeconds(1));
        }).orElseGet(ReplicaRouter::none);
        Db db = new Db(primary, gate, replicas);
        RedisStore redis = RedisStore.connect(settings, metrics);
        if (replicas.configured()) {
            replicas.recentWriters(RecentWriters.redis(redis, replicas.maxLag()));
        }
        return new Infrastructure(settings, clock, metrics, db, redis);
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public Metrics metrics() {
        return metrics;
    }

    public Db db() {
        return db;
    }

    public RedisStore redis() {
        return redis;
    }

    @Override
    public void close() {
        redis.close();
        db.close();
    }
}
