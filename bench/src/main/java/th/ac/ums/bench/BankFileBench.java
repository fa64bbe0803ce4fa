package th.ac.ums.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * B9: a bank's bill-payment file (KTB layout) of real open invoices of the seeded database,
 * uploaded through {@code POST /payments/bank-files?bank=ktb&dryRun=false} to the server in its
 * own JVM, then the same file again (which must record nothing), against the reference: the same
 * payments inserted with a plain JDBC batch (rewriteBatchedStatements, 500 rows a commit, as the
 * server's batches) on the same database.
 * <p>
 * The seeded database is shared, so a run records into it and then puts it back: before the first
 * upload the touched invoices (paid, status, version, updated_at), the receipt and batch sequences
 * and the highest audit and change-log ids are saved to {@code bench/target/b9-restore-DATABASE.txt}; after
 * each repetition every row the uploads and the reference wrote is deleted (found by the file's
 * transaction ids, all {@code B9-…}) and the invoices and sequences are set back. A run that died
 * half-way is put back by the next one from the same file.
 */
final class BankFileBench {
    static final String PREFIX = "B9-";
    static final int LINES = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final DateTimeFormatter KTB = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Bangkok"));

    private BankFileBench() {
    }

    /** One repetition: the two uploads and the reference, in seconds and server CPU seconds. */
    record Rep(double first, double firstCpu, double second, double secondCpu, double reference, int matched,
               int unmatched, int already, int secondRecorded, String byReason) {
    }

    record Result(int lines, List<Rep> reps) {
        double median(java.util.function.ToDoubleFunction<Rep> f) {
            double[] v = reps.stream().mapToDouble(f).sorted().toArray();
            return v[v.length / 2];
        }

        String spread(java.util.function.ToDoubleFunction<Rep> f, String format) {
            double[] v = reps.stream().mapToDouble(f).sorted().toArray();
            return String.format(format + "–" + format, v[0], v[v.length - 1]);
        }
    }

    /** A planned line of the file: its invoice (to save and restore), or null for one that names none. */
    private record Planned(String csv, Long invoiceId, String ref1Only) {
    }

    static Result run(String db, String user, String password, int lines, int reps, PrintStream out) throws Exception {
        String url = db + ListBench.DATABASE + "?rewriteBatchedStatements=true";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            restore(c, out);   // a run that died half-way
        }
        List<Planned> plan;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            plan = plan(c, lines);
        }
        StringBuilder csv = new StringBuilder("Transaction No,Payment Date,Amount,Reference 1,Reference 2,Channel\n");
        plan.forEach(p -> csv.append(p.csv()).append('\n'));
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(Path.of("bench/target/b9-file.csv"), file);   // to look at, or upload by hand
        out.printf("B9 file: %,d lines, %,d bytes, %,d invoices%n", plan.size(), file.length,
                plan.stream().filter(p -> p.invoiceId() != null).map(Planned::invoiceId).distinct().count());
        List<Rep> done = new ArrayList<>();
        try (ServerProcess s = ListBench.server(true)) {
            for (int r = 0; r < reps; r++) {
                // a sign-in per repetition: a slow upload outlives an access token
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    save(c, plan);
                }
                String token = AuthBench.login(s.base(), ListBench.ADMIN);
                long cpu0 = cpu(s.pid());
                long t0 = System.nanoTime();
                JsonNode first = upload(s.base(), token, file);
                double firstS = (System.nanoTime() - t0) / 1e9;
                out.printf("  B9 rep %d: uploaded in %.1f s: %s%n", r + 1, firstS, first.at("/matched"));
                token = AuthBench.login(s.base(), ListBench.ADMIN);
                long cpu1 = cpu(s.pid());
                long t1 = System.nanoTime();
                JsonNode second = upload(s.base(), token, file);
                double secondS = (System.nanoTime() - t1) / 1e9;
                long cpu2 = cpu(s.pid());
                double referenceS;
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    referenceS = reference(c);
                    restore(c, out);
                }
                Rep rep = new Rep(firstS, (cpu1 - cpu0) / 100.0, secondS, (cpu2 - cpu1) / 100.0, referenceS,
                        first.at("/matched/count").asInt(), first.at("/unmatched/count").asInt(),
                        first.at("/alreadyRecorded/count").asInt(), second.at("/matched/count").asInt()
                        + second.at("/unmatched/count").asInt(), first.get("unmatchedByReason").toString());
                out.printf("  B9 rep %d: upload %.1f s (%,.0f lines/s, server CPU %.1f s), again %.1f s (%.1f %%, "
                                + "%d recorded), JDBC batch %.1f s (%,.0f lines/s); matched %,d, unmatched %,d %s, "
                                + "already recorded %,d%n", r + 1, firstS, plan.size() / firstS, rep.firstCpu(), secondS,
                        secondS / firstS * 100, rep.secondRecorded(), referenceS, plan.size() / referenceS,
                        rep.matched(), rep.unmatched(), rep.byReason(), rep.already());
                done.add(rep);
            }
        }
        return new Result(plan.size(), done);
    }

    /**
     * The lines: invoices with something left to pay, shuffled (fixed seed), each used once. About
     * 86 % pay exactly what is outstanding by Ref2 (a tenth written compact, INV256910000123), 4 %
     * part of it, 3 % carry only Ref1 (the student code) and the outstanding amount, 3 % pay more than
     * is outstanding, 2 % name nothing known, 1 % an invoice already paid, 1 % repeat an earlier
     * line's transaction id (a bank that sends a line twice).
     */
    private static List<Planned> plan(Connection c, int lines) throws SQLException {
        record Open(long id, String number, String code, BigDecimal outstanding) {
        }
        List<Open> open = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT i.id, i.number, s.student_code, "
                + "i.total - i.paid FROM invoices i JOIN students s ON s.id = i.student_id WHERE i.status IN ('OPEN', "
                + "'PARTIALLY_PAID', 'OVERDUE') AND i.total > i.paid ORDER BY i.id")) {   // the same file every run
            while (rs.next()) {
                open.add(new Open(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
            }
        }
        List<String> paid = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT number FROM invoices WHERE status = 'PAID' ORDER BY id LIMIT 2000")) {
            while (rs.next()) {
                paid.add(rs.getString(1));
            }
        }
        Random random = new Random(9);
        Collections.shuffle(open, random);
        if (open.size() < lines) {
            throw new IllegalStateException("only " + open.size() + " open invoices for " + lines + " lines");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String[] channels = {"ATM", "MOBILE", "COUNTER", "INTERNET"};
        List<Planned> out = new ArrayList<>(lines);
        for (int n = 0; n < lines; n++) {
            Open inv = open.get(n);
            int kind = random.nextInt(100);
            String txn = String.format("%s%08d", PREFIX, n);
            String when = KTB.format(now.minusSeconds(60 + random.nextInt(2 * 86_400)));
            String channel = channels[random.nextInt(channels.length)];
            String ref1 = inv.code();
            String ref2 = random.nextInt(10) == 0 ? inv.number().replace("-", "") : inv.number();
            BigDecimal amount = inv.outstanding();
            Long invoice = inv.id();
            if (kind < 86) {
                // exactly what is outstanding
            } else if (kind < 90) {
                amount = amount.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01"));
            } else if (kind < 93) {
                ref2 = "";
            } else if (kind < 96) {
                amount = amount.add(new BigDecimal("100.00"));
            } else if (kind < 98) {
                ref1 = String.format("99%06d", n % 1_000_000);
                ref2 = String.format("INV-99999-%07d", n);
                invoice = null;
            } else if (kind < 99 && !paid.isEmpty()) {
                ref2 = paid.get(random.nextInt(paid.size()));
                ref1 = "";
                invoice = null;
            } else if (n > 0) {
                txn = String.format("%s%08d", PREFIX, random.nextInt(n));   // a line sent twice
                invoice = null;
            }
            out.add(new Planned(String.join(",", txn, when, amount.toPlainString(), ref1, ref2, channel), invoice,
                    ref2.isEmpty() ? ref1 : null));
        }
        return out;
    }

    private static JsonNode upload(String base, String token, byte[] file) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/payments/bank-files?bank=ktb&dryRun=false")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("upload -> " + r.statusCode() + " " + r.body()
                    .substring(0, Math.min(2000, r.body().length())));
        }
        return JSON.readTree(r.body());
    }

    /** utime + stime of a process in clock ticks (1/100 s), from /proc. */
    static long cpu(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * The reference: the payments the upload recorded (same invoice, student, amount, method,
     * reference, time, recorder), inserted again with one JDBC batch of 500 rows a commit; answers
     * seconds. The rows are deleted again by their generated ids (not timed).
     */
    private static double reference(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT p.invoice_id, p.student_id, "
                + "p.amount, p.method, p.reference, p.received_at, p.recorded_by FROM bank_transactions b JOIN payments p "
                + "ON p.id = b.payment_id WHERE b.bank = 'ktb' AND b.txn_id LIKE '" + PREFIX + "%' ORDER BY b.id")) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6), rs.getLong(7)});
            }
        }
        List<Long> ids = new ArrayList<>();
        c.setAutoCommit(false);
        long t = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO payments (invoice_id, student_id, kind, amount, "
                + "method, reference, received_at, recorded_by, created_at) VALUES (?, ?, 'PAYMENT', ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                ps.setLong(1, (Long) r[0]);
                ps.setLong(2, (Long) r[1]);
                ps.setBigDecimal(3, (BigDecimal) r[2]);
                ps.setString(4, (String) r[3]);
                ps.setString(5, (String) r[4]);
                ps.setTimestamp(6, (Timestamp) r[5]);
                ps.setLong(7, (Long) r[6]);
                ps.setTimestamp(8, Timestamp.from(Instant.now()));
                ps.addBatch();
                if ((i + 1) % 500 == 0 || i == rows.size() - 1) {
                    ps.executeBatch();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                    c.commit();
                }
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        deleteIds(c, "DELETE FROM payments WHERE id IN ", ids);
        c.commit();
        c.setAutoCommit(true);
        return seconds;
    }

    /** Saves what the uploads will change (the invoices of the file, sequences, log positions) before the first. */
    private static void save(Connection c, List<Planned> plan) throws Exception {
        Path restore = restoreFile();
        java.util.Set<Long> all = new java.util.TreeSet<>();
        plan.stream().filter(p -> p.invoiceId() != null).forEach(p -> all.add(p.invoiceId()));
        // a line with only Ref1 pays whichever of the student's invoices has its amount outstanding
        List<String> codes = plan.stream().map(Planned::ref1Only).filter(java.util.Objects::nonNull).distinct().toList();
        for (int i = 0; i < codes.size(); i += 1000) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT i.id FROM invoices i JOIN "
                    + "students s ON s.id = i.student_id WHERE s.student_code IN ('" + String.join("','",
                    codes.subList(i, Math.min(codes.size(), i + 1000))) + "')")) {
                while (rs.next()) {
                    all.add(rs.getLong(1));
                }
            }
        }
        List<Long> invoices = new ArrayList<>(all);
        List<String> text = new ArrayList<>();
        text.add("audit " + one(c, "SELECT COALESCE(MAX(id), 0) FROM audit_events"));
        text.add("changes " + one(c, "SELECT COALESCE(MAX(seq), 0) FROM change_log"));
        text.add("files " + one(c, "SELECT COALESCE(MAX(id), 0) FROM bank_files"));
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, next_value FROM "
                + "code_sequences WHERE name LIKE 'receipt:%' OR name = 'bank-file-batch:ktb'")) {
            while (rs.next()) {
                text.add("sequence " + rs.getString(1) + " " + rs.getLong(2));
            }
        }
        for (int i = 0; i < invoices.size(); i += 1000) {
            List<Long> part = invoices.subList(i, Math.min(invoices.size(), i + 1000));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, paid, status, version, "
                    + "updated_at FROM invoices WHERE id IN (" + join(part) + ")")) {
                while (rs.next()) {
                    text.add("invoice " + rs.getLong(1) + " " + rs.getBigDecimal(2).toPlainString() + " "
                            + rs.getString(3) + " " + rs.getLong(4) + " " + rs.getTimestamp(5).toInstant());
                }
            }
        }
        Files.createDirectories(restore.getParent());
        Files.write(restore, text);
    }

    /**
     * Puts the database back as {@link #save} found it: deletes every row the uploads wrote (bank
     * lines B9-…, their payments, receipts, audit entries, change-log rows, files) and sets the
     * invoices and sequences back (a sequence only when nobody else took a number since).
     */
    static void restore(Connection c, PrintStream out) throws Exception {
        Path restore = restoreFile();
        if (!Files.exists(restore)) {
            return;
        }
        long t = System.nanoTime();
        List<String> text = Files.readAllLines(restore);
        long audit = 0;
        long changes = 0;
        List<String> sequences = new ArrayList<>(List.of("''"));
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMPORARY TABLE IF NOT EXISTS b9_payments (id BIGINT PRIMARY KEY)");
            st.execute("CREATE TEMPORARY TABLE IF NOT EXISTS b9_ids (entity VARCHAR(32), id VARCHAR(64), "
                    + "PRIMARY KEY (entity, id))");
            st.execute("DELETE FROM b9_payments");
            st.execute("DELETE FROM b9_ids");
            st.execute("INSERT INTO b9_payments SELECT payment_id FROM bank_transactions WHERE bank = 'ktb' AND txn_id "
                    + "LIKE '" + PREFIX + "%' AND payment_id IS NOT NULL");
            st.execute("INSERT IGNORE INTO b9_ids SELECT 'payment', CAST(id AS CHAR) FROM b9_payments");
            st.execute("INSERT IGNORE INTO b9_ids SELECT 'receipt', CAST(r.id AS CHAR) FROM receipts r JOIN b9_payments p "
                    + "ON p.id = r.payment_id");
            st.execute("INSERT IGNORE INTO b9_ids SELECT 'bank-file', CAST(file_id AS CHAR) FROM bank_transactions "
                    + "WHERE bank = 'ktb' AND txn_id LIKE '" + PREFIX + "%'");
            // and the files of the uploads that recorded nothing (the second): KTB files since, without other lines
            long files = text.stream().filter(l -> l.startsWith("files ")).mapToLong(l -> Long.parseLong(l.substring(6)))
                    .findFirst().orElse(Long.MAX_VALUE);
            st.execute("INSERT IGNORE INTO b9_ids SELECT 'bank-file', CAST(f.id AS CHAR) FROM bank_files f WHERE f.id > "
                    + files + " AND f.bank = 'ktb' AND NOT EXISTS (SELECT 1 FROM bank_transactions b WHERE "
                    + "b.file_id = f.id AND b.txn_id NOT LIKE '" + PREFIX + "%')");
        }
        try (PreparedStatement ids = c.prepareStatement("INSERT IGNORE INTO b9_ids VALUES ('invoice', ?)");
             PreparedStatement inv = c.prepareStatement("UPDATE invoices SET paid = ?, status = ?, version = ?, "
                     + "updated_at = ? WHERE id = ?");
             PreparedStatement seq = c.prepareStatement("UPDATE code_sequences SET next_value = ? WHERE name = ?")) {
            for (String line : text) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "audit" -> audit = Long.parseLong(f[1]);
                    case "changes" -> changes = Long.parseLong(f[1]);
                    case "files" -> {
                        // read above
                    }
                    case "sequence" -> {
                        sequences.add("'" + f[1] + "'");
                        seq.setLong(1, Long.parseLong(f[2]));
                        seq.setString(2, f[1]);
                        seq.addBatch();
                    }
                    default -> {
                        inv.setBigDecimal(1, new BigDecimal(f[2]));
                        inv.setString(2, f[3]);
                        inv.setLong(3, Long.parseLong(f[4]));
                        inv.setTimestamp(4, Timestamp.from(Instant.parse(f[5])));
                        inv.setLong(5, Long.parseLong(f[1]));
                        inv.addBatch();
                        ids.setString(1, f[1]);
                        ids.addBatch();
                    }
                }
            }
            ids.executeBatch();
            try (Statement st = c.createStatement()) {
                // a receipt sequence goes back only when every number taken since was the bench's
                st.execute("DELETE a FROM audit_events a JOIN b9_ids i ON i.entity = a.entity AND i.id = a.entity_id "
                        + "WHERE a.id > " + audit + " AND a.entity IN ('payment', 'bank-file')");
                st.execute("DELETE l FROM change_log l JOIN b9_ids i ON i.entity = l.entity AND i.id = l.entity_id "
                        + "WHERE l.seq > " + changes);
                long others = one(c, "SELECT COUNT(*) FROM receipts r LEFT JOIN b9_payments p ON p.id = r.payment_id "
                        + "WHERE r.id > (SELECT COALESCE(MIN(r2.id), 0) FROM receipts r2 JOIN b9_payments p2 "
                        + "ON p2.id = r2.payment_id) AND p.id IS NULL");
                st.execute("DELETE r FROM receipts r JOIN b9_payments p ON p.id = r.payment_id");
                st.execute("DELETE FROM bank_transactions WHERE bank = 'ktb' AND txn_id LIKE '" + PREFIX + "%'");
                st.execute("DELETE pay FROM payments pay JOIN b9_payments p ON p.id = pay.id");
                st.execute("DELETE f FROM bank_files f JOIN b9_ids i ON i.entity = 'bank-file' AND i.id = f.id");
                inv.executeBatch();
                if (others == 0) {
                    seq.executeBatch();
                    // sequences the uploads created
                    st.execute("DELETE FROM code_sequences WHERE (name LIKE 'receipt:%' OR name = 'bank-file-batch:ktb') "
                            + "AND name NOT IN (" + String.join(",", sequences) + ")");
                } else {
                    out.printf("  B9 restore: %d receipts issued by others meanwhile; receipt sequences left as "
                            + "they are%n", others);
                }
            }
            c.commit();
        } catch (Exception e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        Files.delete(restore);
        out.printf("  B9 restore: database put back in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }

    /** What {@link #save} keeps, one file per database. */
    private static Path restoreFile() {
        return Path.of("bench/target/b9-restore-" + ListBench.DATABASE + ".txt");
    }

    private static void deleteIds(Connection c, String sql, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i += 1000) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(sql + "(" + join(ids.subList(i, Math.min(ids.size(), i + 1000))) + ")");
            }
        }
    }

    private static String join(List<Long> ids) {
        StringBuilder b = new StringBuilder();
        for (Long id : ids) {
            b.append(b.isEmpty() ? "" : ",").append(id);
        }
        return b.toString();
    }

    private static long one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
