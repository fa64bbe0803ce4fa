package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ac.ums.model.validation.TextForm;
import th.ac.ums.server.platform.ThaiOrder;

/**
 * Brings what is already stored into the one normal form of text ({@link TextForm}: NFC and the
 * Thai mark order) and fills the Thai sort keys added by V6. Tables are read in primary-key
 * batches; only rows whose text changes are written (every student and user, for the keys).
 */
public class V7__normal_form_and_thai_keys extends BaseJavaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(V7__normal_form_and_thai_keys.class);
    private static final int BATCH = 5_000;

    /** A table's text columns, and how to derive its key columns from them. */
    private record Table(String name, List<String> text, List<String[]> keys) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("students", List.of("first_name_th", "last_name_th", "first_name_en", "last_name_en"),
                    List.of(new String[] {"last_name_th_key", "last_name_th"},
                            new String[] {"first_name_th_key", "first_name_th"})),
            new Table("users", List.of("display_name"), List.<String[]>of(new String[] {"display_name_key",
                    "display_name"})),
            new Table("applicants", List.of("first_name_th", "last_name_th", "first_name_en", "last_name_en"), List.of()),
            new Table("faculties", List.of("name_th", "name_en"), List.of()),
            new Table("programs", List.of("name_th", "name_en"), List.of()),
            new Table("courses", List.of("title_th", "title_en"), List.of()),
            new Table("academic_terms", List.of("name_th", "name_en"), List.of()),
            new Table("holds", List.of("reason", "lift_reason"), List.of()),
            new Table("invoice_lines", List.of("description"), List.of()),
            new Table("applications", List.of("decision_note"), List.of()));

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        for (Table t : TABLES) {
            long changed = migrate(c, t);
            LOG.info("normal form and sort keys: {} rows of {} written", changed, t.name());
        }
    }

    private static long migrate(Connection c, Table t) throws SQLException {
        List<String> written = new ArrayList<>(t.text());
        t.keys().forEach(k -> written.add(k[0]));
        String select = "SELECT id, " + String.join(", ", written) + " FROM " + t.name() + " WHERE id > ? ORDER BY id LIMIT ?";
        String update = "UPDATE " + t.name() + " SET " + String.join(" = ?, ", written) + " = ? WHERE id = ?";
        long last = 0;
        long changed = 0;
        try (PreparedStatement read = c.prepareStatement(select); PreparedStatement write = c.prepareStatement(update)) {
            while (true) {
                read.setLong(1, last);
                read.setInt(2, BATCH);
                int rows = 0;
                int pending = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        last = rs.getLong("id");
                        if (prepare(rs, t, written, write, last)) {
                            write.addBatch();
                            pending++;
                        }
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                    changed += pending;
                }
                if (rows < BATCH) {
                    return changed;
                }
            }
        }
    }

    /** Sets the update's parameters; false when the row is already as it should be. */
    private static boolean prepare(ResultSet rs, Table t, List<String> written, PreparedStatement write, long id)
            throws SQLException {
        boolean differs = false;
        int i = 1;
        java.util.Map<String, String> normal = new java.util.HashMap<>();
        for (String column : t.text()) {
            String stored = rs.getString(column);
            String form = TextForm.normalize(stored);
            normal.put(column, form);
            differs |= !Objects.equals(stored, form);
            write.setString(i++, form);
        }
        for (String[] key : t.keys()) {
            String value = ThaiOrder.key(normal.get(key[1]));
            differs |= !Objects.equals(rs.getString(key[0]), value);
            write.setString(i++, value);
        }
        write.setLong(i, id);
        return differs;
    }
}
