package th.ac.ums.server.platform;

import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.DbTransaction;
import java.util.function.Function;

/** Runs work in one transaction; retries deadlocks and lock wait timeouts with a short backoff. */
final class Transactions {
    private static final int ATTEMPTS = 3;

    private Transactions() {
    }

    static <T> T run(DbClient client, Function<DbTransaction, T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            DbTransaction tx = client.transaction();
            try {
                T result = work.apply(tx);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                rollbackQuietly(tx, e);
                if (!DbFailures.isRetryable(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                last = e;
                sleep(attempt);
            }
        }
        throw last;
    }

    private static void rollbackQuietly(DbTransaction tx, RuntimeException cause) {
        try {
            tx.rollback();
        } catch (RuntimeException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }

    private static void sleep(int attempt) {
        try {
            Thread.sleep(5L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
