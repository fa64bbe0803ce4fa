package th.ac.ums.server.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Bulk-load technique for a fresh seed: the secondary indexes and foreign keys of the big
 * tables are recorded from information_schema and dropped while the tables are empty, the rows
 * are appended in primary-key order, and then every index is rebuilt in one ALTER per table
 * (InnoDB sorts each index once instead of inserting into 26 B-trees per row). The schema
 * ends exactly as the migrations made it; {@link #verify} checks that.
 */
public final class BulkIndexes {
    record Index(String table, String name, boolean unique, List<String> columns) {
        String addClause() {
            return "ADD " + (unique ? "UNIQUE " : "") + "INDEX `" + name + "` (" + String.join(", ", columns) + ")";
        }
    }

    record ForeignKey(String table, String name, List<String> columns, String refTable, List<String> refColumns,
                      String onDelete, String onUpdate) {
        String addClause() {
            // RESTRICT is the default; spelling it out would show up as NO ACTION in information_schema.
            return "ADD CONSTRAINT `" + name + "` FOREIGN KEY (" + String.join(", ", columns) + ") REFERENCES `"
                    + refTable + "` (" + String.join(", ", refColumns) + ")"
                    + ("RESTRICT".equals(onDelete) ? "" : " ON DELETE " + onDelete)
                    + ("RESTRICT".equals(onUpdate) ? "" : " ON UPDATE " + onUpdate);
        }
    }

    private final List<String> tables;
    private final Map<String, List<Index>> indexes = new LinkedHashMap<>();
    private final Map<String, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();

    private BulkIndexes(List<String> tables) {
        this.tables = tables;
    }

    public static BulkIndexes capture(Connection c, List<String> tables) throws SQLException {
        BulkIndexes bulk = new BulkIndexes(tables);
        for (String table : tables) {
            bulk.indexes.put(table, readIndexes(c, table));
            bulk.foreignKeys.put(table, readForeignKeys(c, table));
        }
        return bulk;
    }

    private static List<Index> readIndexes(Connection c, String table) throws SQLException {
        Map<String, Index> byName = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT index_name, non_unique, column_name, sub_part "
                + "FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = ? "
                + "AND index_name <> 'PRIMARY' ORDER BY index_name, seq_in_index")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String column = "`" + rs.getString(3) + "`" + (rs.getObject(4) == null ? "" : "(" + rs.getInt(4) + ")");
                    Index index = byName.computeIfAbsent(name, n -> {
                        try {
                            return new Index(table, n, rs.getInt(2) == 0, new ArrayList<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    index.columns().add(column);
                }
            }
        }
        return List.copyOf(byName.values());
    }

    private static List<ForeignKey> readForeignKeys(Connection c, String table) throws SQLException {
        Map<String, ForeignKey> byName = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.constraint_name, k.column_name, "
                + "k.referenced_table_name, k.referenced_column_name, r.delete_rule, r.update_rule "
                + "FROM information_schema.key_column_usage k JOIN information_schema.referential_constraints r "
                + "ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name "
                + "AND r.table_name = k.table_name WHERE k.table_schema = DATABASE() AND k.table_name = ? "
                + "AND k.referenced_table_name IS NOT NULL ORDER BY k.constraint_name, k.ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String refTable = rs.getString(3);
                    String onDelete = rs.getString(5);
                    String onUpdate = rs.getString(6);
                    ForeignKey fk = byName.computeIfAbsent(name, n -> new ForeignKey(table, n, new ArrayList<>(),
                            refTable, new ArrayList<>(), onDelete, onUpdate));
                    fk.columns().add("`" + rs.getString(2) + "`");
                    fk.refColumns().add("`" + rs.getString(4) + "`");
                }
            }
        }
        return List.copyOf(byName.values());
    }

    /** Drops the foreign keys, then the secondary indexes, of every recorded table (they are empty). */
    public void drop(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 0");
            for (String table : tables) {
                List<String> clauses = new ArrayList<>();
                foreignKeys.get(table).forEach(fk -> clauses.add("DROP FOREIGN KEY `" + fk.name() + "`"));
                if (!clauses.isEmpty()) {
                    st.execute("ALTER TABLE `" + table + "` " + String.join(", ", clauses));
                }
            }
            for (String table : tables) {
                List<String> clauses = new ArrayList<>();
                indexes.get(table).forEach(ix -> clauses.add("DROP INDEX `" + ix.name() + "`"));
                if (!clauses.isEmpty()) {
                    st.execute("ALTER TABLE `" + table + "` " + String.join(", ", clauses));
                }
            }
        }
    }

    /** Rebuilds every index (one ALTER per table, {@code threads} tables at a time), then the foreign keys. */
    public void restore(String url, String user, String password, int threads, java.io.PrintStream out)
            throws SQLException {
        restore(new BulkConnections(url, user, password, java.time.Duration.ofSeconds(20)), threads, out);
    }

    void restore(BulkConnections connections, int threads, java.io.PrintStream out)
            throws SQLException {
        ConcurrentLinkedQueue<String> work = new ConcurrentLinkedQueue<>(tables);
        List<Thread> workers = new ArrayList<>();
        List<SQLException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            workers.add(Thread.ofPlatform().name("seed-index-" + i).start(() -> {
                try (Connection c = connections.open();
                     Statement st = c.createStatement()) {
                    st.execute("SET SESSION foreign_key_checks = 0");
                    for (String table = work.poll(); table != null; table = work.poll()) {
                        List<Index> list = indexes.get(table);
                        if (!list.isEmpty()) {
                            long start = System.nanoTime();
                            st.execute("ALTER TABLE `" + table + "` " + String.join(", ",
                                    list.stream().map(Index::addClause).toList()) + ", ALGORITHM=INPLACE, LOCK=NONE");
                            out.printf("seed: built %d indexes of %s in %.1f s%n", list.size(), table,
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                } catch (SQLException e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        try (Connection c = connections.open(); Statement st = c.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 0");
            for (String table : tables) {
                List<ForeignKey> list = foreignKeys.get(table);
                if (!list.isEmpty()) {
                    st.execute("ALTER TABLE `" + table + "` " + String.join(", ",
                            list.stream().map(ForeignKey::addClause).toList()));
                }
            }
        }
    }

    /** Fails unless every recorded index and foreign key is back. */
    public void verify(Connection c) throws SQLException {
        for (String table : tables) {
            if (!readIndexes(c, table).equals(indexes.get(table))
                    || !readForeignKeys(c, table).equals(foreignKeys.get(table))) {
                throw new SQLException("the indexes of " + table + " were not restored as the migrations define them");
            }
        }
    }
}
