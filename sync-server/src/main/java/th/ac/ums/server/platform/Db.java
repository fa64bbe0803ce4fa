package th.ac.ums.server.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbTransaction;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import th.ac.ums.server.domain.Refusal;

/**
 * The one door to the database. Helidon DB Client over HikariCP for application queries,
 * plain JDBC for streaming exports and bulk loads; every use passes the {@link DbGate}, and
 * connection failures become 503 (see {@link DbFailures}).
 */
public final class Db implements AutoCloseable {
    private final HikariDataSource primaryPool;
    private final DbClient primary;
    private final DbGate primaryGate;
    private final ReplicaRouter replicas;

    public Db(HikariDataSource primaryPool, DbGate primaryGate, ReplicaRouter replicas) {
        this.primaryPool = primaryPool;
        this.primaryGate = primaryGate;
        this.primary = client(primaryPool);
        this.replicas = replicas;
    }

    static DbClient client(HikariDataSource pool) {
        return JdbcClientBuilder.create()
                .connectionPool(() -> {
                    try {
                        return pool.getConnection();
                    } catch (java.sql.SQLException e) {
                        throw new io.helidon.dbclient.DbClientException("no database connection", e);
                    }
                })
                .build();
    }

    /** A read that may be served by the replica (when configured, healthy and not lagging). */
    public <T> T read(Function<DbExecute, T> work) {
        Optional<ReplicaRouter.Replica> replica = replicas.forRead();
        if (replica.isPresent()) {
            ReplicaRouter.Replica r = replica.get();
            return gated(r.gate(), () -> work.apply(r.client().execute()));
        }
        return readPrimary(work);
    }

    /** A read that must see the latest committed data (read-your-writes, checks before writes). */
    public <T> T readPrimary(Function<DbExecute, T> work) {
        return gated(primaryGate, () -> work.apply(primary.execute()));
    }

    /** One transaction on the primary; deadlocks and lock timeouts are retried a few times. */
    public <T> T write(Function<DbTransaction, T> work) {
        replicas.noteWrite();
        return gated(primaryGate, () -> Transactions.run(primary, work));
    }

    /** Plain JDBC on the primary, for streaming and bulk work; the connection is closed after. */
    public <T> T jdbc(SqlWork<T> work) {
        return gated(primaryGate, () -> {
            try (Connection c = primaryPool.getConnection()) {
                return work.apply(c);
            } catch (SQLException e) {
                throw DbFailures.unavailability(e);
            }
        });
    }

    /** Plain JDBC that may read from the replica. */
    public <T> T jdbcRead(SqlWork<T> work) {
        Optional<ReplicaRouter.Replica> replica = replicas.forRead();
        if (replica.isEmpty()) {
            return jdbc(work);
        }
        ReplicaRouter.Replica r = replica.get();
        return gated(r.gate(), () -> {
            try (Connection c = r.pool().getConnection()) {
                return work.apply(c);
            } catch (SQLException e) {
                throw DbFailures.unavailability(e);
            }
        });
    }

    private static <T> T gated(DbGate gate, java.util.function.Supplier<T> work) {
        gate.acquire();
        try {
            return Tracing.client("db", "mariadb", work);
        } catch (Refusal e) {
            throw e;
        } catch (RuntimeException e) {
            throw DbFailures.unavailability(e);
        } finally {
            gate.release();
        }
    }

    public DataSource primaryDataSource() {
        return primaryPool;
    }

    public DbGate gate() {
        return primaryGate;
    }

    public ReplicaRouter replicas() {
        return replicas;
    }

    /** True when a connection can be had and answers within a second. */
    public boolean primaryAnswers() {
        try (Connection c = primaryPool.getConnection()) {
            return c.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        primary.close();
        replicas.close();
        primaryPool.close();
    }

    /** JDBC work that may throw SQLException. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }
}
