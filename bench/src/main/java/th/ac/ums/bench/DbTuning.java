package th.ac.ums.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The database server as a production primary would run it for the 1M seed: MariaDB's packaged
 * default buffer pool is 128 MiB, so a 4.6 GB seed was read through the page cache with the
 * buffer pool's LRU churning on every page, and the first benchmarks after a fresh seed met a
 * server still flushing it ("the database is busy"). The bench raises the pool for its run
 * (dynamic since MariaDB 10.2), puts the old size back when it exits, and waits for a fresh
 * seed's dirty pages to be written before measuring.
 */
final class DbTuning {
    /** The buffer pool the bench runs with: the 1M seed's hot tables and indexes fit. */
    static final long BUFFER_POOL = 4L << 30;

    private DbTuning() {
    }

    /** Raises the buffer pool to {@link #BUFFER_POOL} for this run (never lowers it); says so. */
    static void bufferPool(String url, String user, String password, PrintStream out) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            long before = single(st, "SELECT @@innodb_buffer_pool_size");
            if (before >= BUFFER_POOL) {
                out.printf("MariaDB buffer pool: %,d MiB%n", before >> 20);
                return;
            }
            st.execute("SET GLOBAL innodb_buffer_pool_size = " + BUFFER_POOL);
            waitForResize(st);
            out.printf("MariaDB buffer pool: %,d MiB -> %,d MiB for this run (put back at exit)%n", before >> 20,
                    single(st, "SELECT @@innodb_buffer_pool_size") >> 20);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection back = DriverManager.getConnection(url, user, password);
                     Statement s = back.createStatement()) {
                    s.execute("SET GLOBAL innodb_buffer_pool_size = " + before);
                } catch (Exception e) {
                    System.err.println("could not put the buffer pool back to " + before + ": " + e.getMessage());
                }
            }));
        } catch (Exception e) {
            out.println("MariaDB buffer pool: left as it is (" + e.getMessage() + ")");
        }
    }

    /** The buffer pool's size now, for the report's machine line. */
    static String describe(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            return String.format("buffer pool %,d MiB", single(st, "SELECT @@innodb_buffer_pool_size") >> 20);
        } catch (Exception e) {
            return "buffer pool unknown";
        }
    }

    /**
     * After a fresh seed: waits (at most 5 minutes) until InnoDB has written the seed's dirty pages
     * and purged its undo history, so the next benchmark measures queries, not the flush.
     */
    static void settle(String url, String user, String password, PrintStream out) throws Exception {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            while (true) {
                long dirty = status(st, "Innodb_buffer_pool_pages_dirty");
                long history = status(st, "Innodb_history_list_length");
                long seconds = (System.nanoTime() - started) / 1_000_000_000L;
                if (dirty < 1_000 && history < 10_000 || seconds > 300) {
                    out.printf("seed: settled in %d s (%,d dirty pages, undo history %,d)%n", seconds, dirty, history);
                    return;
                }
                if (seconds % 10 == 0) {
                    out.printf("seed: settling: %,d dirty pages, undo history %,d, %d s%n", dirty, history, seconds);
                }
                Thread.sleep(1000);
            }
        }
    }

    private static void waitForResize(Statement st) throws Exception {
        for (int i = 0; i < 120; i++) {
            try (ResultSet rs = st.executeQuery("SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'")) {
                if (!rs.next() || rs.getString(2).isEmpty() || rs.getString(2).contains("Completed")) {
                    return;
                }
            }
            Thread.sleep(500);
        }
    }

    private static long status(Statement st, String name) throws Exception {
        try (ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
            return rs.next() ? Long.parseLong(rs.getString(2)) : 0;
        }
    }

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
