package th.ac.ums.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.ac.ums.server.platform.DataSources;
import th.ac.ums.server.platform.JdbcUrl;
import th.ac.ums.server.platform.Migrations;
import th.ac.ums.server.platform.Settings;
import th.ac.ums.server.seed.BulkIndexes;
import th.ac.ums.server.seed.SeedCommand;
import th.ac.ums.server.seed.SeedRun;

/**
 * B8: {@code seed --students N} against the same rows loaded by plain JDBC {@code LOAD DATA LOCAL
 * INFILE} into the same schema with the same bulk technique (indexes dropped, loaded, rebuilt,
 * analyzed). The reference is the database's own fastest path: the ratio shows what the seed's
 * generation and batched inserts cost on top of it.
 */
public final class SeedBench {
    private static final List<String> REFERENCE_TABLES = List.of("faculties", "programs", "courses",
            "academic_terms", "fee_items", "users", "user_roles", "class_sections", "code_sequences");

    public record Result(long students, long rows, double seedSeconds, double referenceSeconds) {
        double ratio() {
            return referenceSeconds / seedSeconds;
        }
    }

    private SeedBench() {
    }

    public static Result run(String serverUrl, String user, String password, long students, PrintStream out)
            throws Exception {
        String seeded = "umsbench_seed";
        String reference = "umsbench_ref";
        recreate(serverUrl, user, password, seeded);
        Settings settings = Settings.load(Map.of("db.url", serverUrl + seeded, "db.user", user,
                "db.password", password), Map.of());
        long start = System.nanoTime();
        long rows = SeedCommand.seed(settings, students, 7, LocalDate.of(2026, 11, 28), false, out);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        Path dir = Files.createTempDirectory("ums-b8-");
        List<Path> files = export(url(serverUrl + seeded), user, password, dir);
        recreate(serverUrl, user, password, reference);
        try (var ds = DataSources.primary(Settings.load(Map.of("db.url", serverUrl + reference, "db.user", user,
                "db.password", password), Map.of()), null)) {
            Migrations.migrate(ds);
        }
        start = System.nanoTime();
        load(url(serverUrl + reference), user, password, files, seeded);
        double referenceSeconds = (System.nanoTime() - start) / 1e9;
        for (Path f : files) {
            Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
        return new Result(students, rows, seedSeconds, referenceSeconds);
    }

    static String url(String base) {
        return JdbcUrl.parse(base).withProperty("allowLoadLocalInfile", "true").withDefaults();
    }

    static void recreate(String serverUrl, String user, String password, String db) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + db + "`");
            st.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Writes every bulk-loaded table as a tab-separated file in primary-key order (not timed). */
    static List<Path> export(String url, String user, String password, Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (String table : SeedRun.LOADED) {
                Path file = dir.resolve(table + ".tsv");
                try (Statement st = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    st.setFetchSize(Integer.MIN_VALUE);
                    try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY id");
                         BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        writeRows(rs, w);
                    }
                }
                files.add(file);
            }
        }
        return files;
    }

    private static void writeRows(ResultSet rs, BufferedWriter w) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<Integer> columns = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (!"active".equals(meta.getColumnName(i))) {
                columns.add(i);
            }
        }
        while (rs.next()) {
            for (int k = 0; k < columns.size(); k++) {
                if (k > 0) {
                    w.write('\t');
                }
                String v = rs.getString(columns.get(k));
                w.write(v == null ? "\\N" : v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
            }
            w.write('\n');
        }
    }

    /** The reference: copy the small tables, drop indexes, LOAD DATA every big table, rebuild, analyze. */
    static void load(String url, String user, String password, List<Path> files, String from) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            for (String table : REFERENCE_TABLES) {
                st.execute("INSERT INTO " + table + " SELECT * FROM `" + from + "`." + table);
            }
            BulkIndexes bulk = BulkIndexes.capture(c, SeedRun.LOADED);
            bulk.drop(c);
            for (int i = 0; i < files.size(); i++) {
                String table = SeedRun.LOADED.get(i);
                String columns = columns(c, table);
                st.execute("LOAD DATA LOCAL INFILE '" + files.get(i).toAbsolutePath() + "' INTO TABLE " + table
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ("
                        + columns + ")");
            }
            bulk.restore(url, user, password, 2, new PrintStream(java.io.OutputStream.nullOutputStream()));
            st.execute("ANALYZE TABLE " + String.join(", ", SeedRun.LOADED));
        }
    }

    private static String columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT column_name FROM "
                + "information_schema.columns WHERE table_schema = DATABASE() AND table_name = '" + table
                + "' AND column_name <> 'active' ORDER BY ordinal_position")) {
            while (rs.next()) {
                names.add("`" + rs.getString(1) + "`");
            }
        }
        return String.join(", ", names);
    }
}
