package th.ac.ums.server.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a read may go to the replica: only when one is configured, it answered its
 * last probe, its replication lag is within the bound, and the current caller has not written
 * recently (read-your-writes; see {@link RequestScope}).
 */
public final class ReplicaRouter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaRouter.class);

    /** A configured replica: its pool, its DB client and its bulkhead. */
    public record Replica(HikariDataSource pool, DbClient client, DbGate gate) {
    }

    private final Replica replica;
    private final Duration maxLag;
    private volatile RecentWriters writers = RecentWriters.none();
    private final AtomicBoolean usable = new AtomicBoolean(false);
    private final AtomicLong lagMillis = new AtomicLong(-1);
    private final AtomicLong replicaReads = new AtomicLong();
    private volatile boolean running = true;

    private ReplicaRouter(Replica replica, Duration maxLag) {
        this.replica = replica;
        this.maxLag = maxLag;
    }

    public static ReplicaRouter none() {
        return new ReplicaRouter(null, Duration.ZERO);
    }

    public static ReplicaRouter of(HikariDataSource pool, DbGate gate, Duration maxLag, Duration probeEvery) {
        ReplicaRouter router = new ReplicaRouter(new Replica(pool, Db.client(pool), gate), maxLag);
        router.probe();
        Thread.ofVirtual().name("replica-probe").start(() -> router.probeLoop(probeEvery));
        return router;
    }

    /** Where sessions that wrote recently are remembered (Redis, set once Redis is connected). */
    public void recentWriters(RecentWriters writers) {
        this.writers = writers;
    }

    public Duration maxLag() {
        return maxLag;
    }

    Optional<Replica> forRead() {
        if (replica == null || !usable.get()) {
            return Optional.empty();
        }
        RequestScope scope = RequestScope.current();
        if (scope.session() != null && scope.checkWriterOnce() && writers.recent(scope.session())) {
            scope.requirePrimaryReads();
        }
        if (scope.mustReadPrimary()) {
            return Optional.empty();
        }
        replicaReads.incrementAndGet();
        return Optional.of(replica);
    }

    void noteWrite() {
        RequestScope scope = RequestScope.current();
        scope.markWrote();
        if (replica != null && scope.session() != null && scope.markWriterOnce()) {
            writers.mark(scope.session());
        }
    }

    public boolean configured() {
        return replica != null;
    }

    public boolean usable() {
        return usable.get();
    }

    public long lagMillis() {
        return lagMillis.get();
    }

    public long replicaReads() {
        return replicaReads.get();
    }

    private void probeLoop(Duration every) {
        while (running) {
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            probe();
        }
    }

    /** Reads the replica's lag; any failure or a lag beyond the bound sends reads to the primary. */
    void probe() {
        try (Connection c = replica.pool().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW SLAVE STATUS")) {
            long lag = 0;
            if (rs.next()) {
                String seconds = rs.getString("Seconds_Behind_Master");
                lag = seconds == null ? Long.MAX_VALUE : Long.parseLong(seconds) * 1000;
            }
            lagMillis.set(lag);
            boolean ok = lag <= maxLag.toMillis();
            if (ok != usable.getAndSet(ok)) {
                LOG.info("replica {} (lag {} ms)", ok ? "in use" : "bypassed", lag);
            }
        } catch (SQLException | RuntimeException e) {
            lagMillis.set(-1);
            if (usable.getAndSet(false)) {
                LOG.warn("replica bypassed: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        if (replica != null) {
            replica.client().close();
            replica.pool().close();
        }
    }
}
