package th.ac.ums.server.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.api.FlywayException;
import th.ac.ums.server.platform.Migrations;

/**
 * Patience with a database that is still starting, for the commands: migrations retried until a
 * deadline, and what a connection failure is and says, in one line.
 */
public final class Patience {
    private Patience() {
    }

    /** Migrates, waiting up to {@code patience} for a database that is still starting. */
    public static int migrate(HikariDataSource ds, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            try {
                return Migrations.migrate(ds);
            } catch (FlywayException | IllegalStateException e) {
                if (Instant.now().isAfter(deadline) || !isConnectionProblem(e)) {
                    throw new Exit(1, isConnectionProblem(e)
                            ? "cannot reach the database (" + rootMessage(e) + "); check UMS_DB_URL and that MariaDB/MySQL is running"
                            : "cannot migrate the database: " + rootMessage(e));
                }
                System.err.println("database not reachable yet (" + rootMessage(e) + "); retrying");
                sleep();
            }
        }
    }

    public static boolean isConnectionProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t.getClass().getName().endsWith("CommunicationsException")) {
                return true;
            }
        }
        return false;
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Exit(1, "interrupted");
        }
    }
}
