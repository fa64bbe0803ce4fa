package th.ac.ums.server.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real primary and a real replica: two MariaDB server processes on loopback with their own data
 * directories, the second replicating from the first (binary log, GTID), optionally delayed.
 */
public final class MariaDbPair implements AutoCloseable {
    private final Path dir;
    private final int primaryPort;
    private final int replicaPort;
    private Process primary;
    private Process replica;

    private MariaDbPair(Path dir, int primaryPort, int replicaPort) {
        this.dir = dir;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    /** True where the MariaDB server binaries are installed (the CI machine and this one). */
    public static boolean available() {
        return Files.isExecutable(Path.of("/usr/sbin/mariadbd")) && Files.isExecutable(Path.of("/usr/bin/mariadb-install-db"));
    }

    public static MariaDbPair start(Path dir, int delaySeconds) throws Exception {
        MariaDbPair pair = new MariaDbPair(dir, freePort(), freePort());
        pair.primary = pair.server("primary", pair.primaryPort, 1);
        pair.replica = pair.server("replica", pair.replicaPort, 2);
        pair.replicate(delaySeconds);
        return pair;
    }

    /** Only the primary (fault tests that kill and restart the database server). */
    public static MariaDbPair primaryOnly(Path dir) throws Exception {
        MariaDbPair pair = new MariaDbPair(dir, freePort(), freePort());
        pair.primary = pair.server("primary", pair.primaryPort, 1);
        return pair;
    }

    /** SIGKILL of the primary's server process: no clean shutdown, as when a machine dies. */
    public void killPrimary() throws InterruptedException {
        primary.destroyForcibly();
        primary.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the primary again on the same data directory and port (InnoDB recovers its log). */
    public void restartPrimary() throws Exception {
        primary = startServer("primary", primaryPort, 1);
    }

    public String primaryUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + primaryPort + "/" + database;
    }

    public String replicaUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + replicaPort + "/" + database;
    }

    public Connection primary() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + primaryPort + "/", "root", "");
    }

    public Connection replica() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + replicaPort + "/", "root", "");
    }

    /** Stops the replica's server process (reads must then fall back to the primary). */
    public void stopReplica() throws InterruptedException {
        replica.destroy();
        replica.waitFor(30, TimeUnit.SECONDS);
    }

    private Process server(String name, int port, int serverId) throws Exception {
        Path data = dir.resolve(name);
        Files.createDirectories(data);
        run(List.of("/usr/bin/mariadb-install-db", "--no-defaults", "--datadir=" + data, "--user=root",
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        return startServer(name, port, serverId);
    }

    private Process startServer(String name, int port, int serverId) throws Exception {
        Path data = dir.resolve(name);
        Process p = new ProcessBuilder("/usr/sbin/mariadbd", "--no-defaults", "--datadir=" + data, "--user=root",
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve(name + ".sock"),
                "--pid-file=" + dir.resolve(name + ".pid"), "--server-id=" + serverId, "--log-bin=" + name + "-bin",
                "--binlog-format=ROW", "--innodb-buffer-pool-size=64M", "--skip-name-resolve",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci")
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        for (int i = 0; i < 150; i++) {
            try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "")) {
                return p;
            } catch (SQLException notYet) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(name + " did not start: " + Files.readString(dir.resolve(name + ".log")));
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(name + " did not answer: " + Files.readString(dir.resolve(name + ".log")));
    }

    private void replicate(int delaySeconds) throws Exception {
        try (Connection c = replica(); Statement st = c.createStatement()) {
            st.execute("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + primaryPort
                    + ", MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos, MASTER_DELAY=" + delaySeconds);
            st.execute("START SLAVE");
            for (int i = 0; i < 100; i++) {
                try (ResultSet rs = st.executeQuery("SHOW SLAVE STATUS")) {
                    if (rs.next() && "Yes".equals(rs.getString("Slave_IO_Running"))
                            && "Yes".equals(rs.getString("Slave_SQL_Running"))) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("replication did not start: " + Files.readString(dir.resolve("replica.log")));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : new Process[] {replica, primary}) {
            if (p != null && p.isAlive()) {
                p.destroy();
                try {
                    p.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                p.destroyForcibly();
            }
        }
    }
}
