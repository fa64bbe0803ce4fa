package th.ac.ums.server.seed;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import th.ac.ums.server.cli.Patience;
import th.ac.ums.server.commands.MigrateCommand;

/**
 * Connections of the seed's loaders and index builders. Opening one is retried while the database
 * does not answer (a busy machine, a server still starting), up to a patience that keeps a command
 * whose database is really gone ending in seconds; a refused password is not retried.
 */
final class BulkConnections {
    private final String url;
    private final String user;
    private final String password;
    private final Duration patience;

    BulkConnections(String url, String user, String password, Duration patience) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.patience = patience;
    }

    String url() {
        return url;
    }

    Connection open() throws SQLException {
        long deadline = System.nanoTime() + patience.toNanos();
        int attempt = 0;
        while (true) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                attempt++;
                if (!Patience.isConnectionProblem(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                System.err.printf("seed: the database did not answer (%s); retrying (%d)%n",
                        Patience.rootMessage(e), attempt);
                try {
                    Thread.sleep(Math.min(2000, 250L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
