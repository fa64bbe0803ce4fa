package th.ac.ums.server.platform;

import io.helidon.dbclient.DbExecute;
import java.util.List;

/**
 * Multi-row statements: many rows of a batch in one round trip instead of one each. The ids of a
 * multi-row INSERT are the driver's generated keys, one per row in row order; InnoDB gives the rows
 * of one such ("simple") insert consecutive ids (innodb_autoinc_lock_mode 0 or 1, MariaDB's
 * default), which is what Connector/J reports.
 */
public final class MultiRow {
    private MultiRow() {
    }

    /** {@code (?, ?, ?), (?, ?, ?)}: {@code rows} groups of {@code columns} marks. */
    public static String values(int rows, int columns) {
        String one = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder b = new StringBuilder(rows * (one.length() + 2));
        for (int i = 0; i < rows; i++) {
            b.append(i == 0 ? "" : ", ").append(one);
        }
        return b.toString();
    }

    /** {@code ?, ?, ?}: {@code n} marks for an IN list. */
    public static String marks(int n) {
        return "?, ".repeat(Math.max(0, n - 1)) + (n > 0 ? "?" : "");
    }

    /** Runs a multi-row INSERT of {@code rows} rows; answers their generated ids in row order. */
    public static List<Long> insert(DbExecute tx, String sql, List<Object> params, int rows) {
        if (rows == 0) {
            return List.of();
        }
        List<Long> ids = tx.createInsert(sql).params(params).returnGeneratedKeys().insert().generatedKeys()
                .map(r -> ((Number) r.column(1).get()).longValue()).toList();
        if (ids.size() != rows) {
            // fail closed: rows whose ids are unknown cannot be referred to
            throw new IllegalStateException("a multi-row insert of " + rows + " rows answered " + ids.size() + " ids");
        }
        return ids;
    }
}
