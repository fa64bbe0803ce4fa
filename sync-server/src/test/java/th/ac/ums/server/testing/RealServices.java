package th.ac.ums.server.testing;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import th.ac.ums.server.embedded.EmbeddedServices;

/**
 * The database server and Redis every integration test uses, chosen once per JVM: the ones at
 * UMS_TEST_DB_URL / UMS_TEST_REDIS_URL (default 127.0.0.1:3306 and :6379) when they answer,
 * otherwise an embedded MariaDB and Redis started here (a machine with only a JDK).
 */
public final class RealServices {
    private static volatile RealServices instance;

    private final String dbServerUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String redisUrl;
    private final String description;

    private RealServices(String dbServerUrl, String dbUser, String dbPassword, String redisUrl, String description) {
        this.dbServerUrl = dbServerUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.redisUrl = redisUrl;
        this.description = description;
    }

    public static RealServices get() {
        RealServices local = instance;
        if (local == null) {
            synchronized (RealServices.class) {
                local = instance;
                if (local == null) {
                    local = choose();
                    instance = local;
                    System.out.println("[tests] using " + local.description);
                }
            }
        }
        return local;
    }

    private static RealServices choose() {
        String dbUrl = env("UMS_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/");
        String user = env("UMS_TEST_DB_USER", "root");
        String password = env("UMS_TEST_DB_PASSWORD", "");
        String redisUrl = env("UMS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0");
        StringBuilder what = new StringBuilder();
        String db;
        if (dbAnswers(dbUrl, user, password)) {
            db = stripDatabase(dbUrl);
            what.append("database server ").append(db);
        } else {
            EmbeddedServices.MariaDb embedded = EmbeddedServices.startMariaDb();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            db = "jdbc:mysql://127.0.0.1:" + embedded.port() + "/";
            user = "root";
            password = "";
            what.append("embedded MariaDB on port ").append(embedded.port());
        }
        String redis;
        if (redisAnswers(redisUrl)) {
            redis = redisUrl;
            what.append(", Redis ").append(redis);
        } else {
            EmbeddedServices.Redis embedded = EmbeddedServices.startRedis();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            redis = embedded.url();
            what.append(", embedded Redis on port ").append(embedded.port());
        }
        return new RealServices(db, user, password, redis, what.toString());
    }

    private static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank()).orElse(fallback);
    }

    static String stripDatabase(String url) {
        int start = url.indexOf("//") + 2;
        int slash = url.indexOf('/', start);
        return (slash < 0 ? url : url.substring(0, slash)) + "/";
    }

    private static boolean dbAnswers(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(stripDatabase(url) + "?connectTimeout=2000", user, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean redisAnswers(String url) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 1000);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes());
            byte[] buffer = new byte[16];
            int n = socket.getInputStream().read(buffer);
            return n > 0 && new String(buffer, 0, n).startsWith("+PONG");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public String dbServerUrl() {
        return dbServerUrl;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    public String redisUrl() {
        return redisUrl;
    }
}
