package th.ac.ums.server.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Inserts the rows of one table from its own thread and connection, in batches: each chunk
 * of rows is sent as one {@code LOAD DATA LOCAL INFILE} statement whose data is a tab-separated
 * stream built in memory (the driver sends it; no file is involved). Unique and foreign-key
 * checks are off for the session; one transaction per table when the table starts empty, or a
 * commit every {@code commitEvery} rows when appending.
 */
final class Loader implements AutoCloseable {
    private static final List<Object[]> END = new ArrayList<>();

    private final String table;
    private final String sql;
    private final TsvEncoder encoder = new TsvEncoder();
    private final int columns;
    private final int batchSize;
    private final long commitEvery;
    private final BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(4);
    private final AtomicLong inserted = new AtomicLong();
    private final Thread thread;
    private final BulkConnections connections;
    private volatile Throwable failure;
    private List<Object[]> pending;

    Loader(String table, List<String> columnNames, BulkConnections connections, int batchSize,
           long commitEvery) {
        this.table = table;
        this.columns = columnNames.size();
        this.sql = "LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE " + table + " CHARACTER SET utf8mb4 "
                + "FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                + String.join(", ", columnNames) + ")";
        this.batchSize = batchSize;
        this.commitEvery = commitEvery;
        this.connections = connections;
        this.pending = new ArrayList<>(batchSize);
        this.thread = Thread.ofPlatform().name("seed-" + table).start(this::drain);
    }

    void add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException(table + ": expected " + columns + " values, got " + row.length);
        }
        pending.add(row);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        check();
        if (pending.isEmpty()) {
            return;
        }
        put(pending);
        pending = new ArrayList<>(batchSize);
    }

    private void put(List<Object[]> chunk) {
        try {
            while (!queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("loading " + table + " failed: " + failure.getMessage(), failure);
        }
    }

    long inserted() {
        return inserted.get();
    }

    String table() {
        return table;
    }

    private void drain() {
        try (Connection c = connections.open()) {
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
            }
            c.setAutoCommit(false);
            long sinceCommit = 0;
            try (Statement load = c.createStatement()) {
                com.mysql.cj.jdbc.JdbcStatement streaming = load.unwrap(com.mysql.cj.jdbc.JdbcStatement.class);
                while (true) {
                    List<Object[]> chunk = queue.take();
                    if (chunk == END) {
                        break;
                    }
                    streaming.setLocalInfileInputStream(new java.io.ByteArrayInputStream(encoder.encode(chunk)));
                    load.execute(sql);
                    inserted.addAndGet(chunk.size());
                    sinceCommit += chunk.size();
                    if (commitEvery > 0 && sinceCommit >= commitEvery) {
                        c.commit();
                        sinceCommit = 0;
                    }
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException | InterruptedException e) {
            failure = e;
            queue.clear();
        }
    }

    /** Sends the last rows and waits until they are committed. */
    @Override
    public void close() {
        flush();
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        check();
    }
}
