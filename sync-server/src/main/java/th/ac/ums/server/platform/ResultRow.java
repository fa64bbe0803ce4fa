package th.ac.ums.server.platform;

import io.helidon.common.GenericType;
import io.helidon.common.mapper.MapperManager;
import io.helidon.dbclient.DbClientException;
import io.helidon.dbclient.DbColumn;
import io.helidon.dbclient.DbColumnBase;
import io.helidon.dbclient.DbRow;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The current row of a plain JDBC {@link ResultSet} seen as a Helidon {@link DbRow}, so that the
 * list mappers (written against {@code DbRow} and {@link Rows}) read JDBC rows unchanged. Helidon's
 * own row copies every column of every row into a new map, with a {@code Class.forName} of each
 * column's type, before the mapper reads it; here the labels are looked up once per statement and
 * a value is read from the result set only when asked for ({@link Rows} asks {@link #value}
 * directly, without a column object). {@link #copy} keeps a row after the result set moves on (a
 * page's first and last rows, for its cursors).
 */
public final class ResultRow implements DbRow {
    private final Map<String, Integer> labels;
    private final ResultSet rs;
    private final Object[] values;

    private ResultRow(Map<String, Integer> labels, ResultSet rs, Object[] values) {
        this.labels = labels;
        this.rs = rs;
        this.values = values;
    }

    /** A view of {@code rs}'s current row, whichever row that is when a value is read. */
    public static ResultRow over(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            labels.put(meta.getColumnLabel(i), i);   // the last of equal labels wins, as in Helidon's row
        }
        return new ResultRow(labels, rs, null);
    }

    /** The current row's values, kept. */
    public ResultRow copy() throws SQLException {
        Object[] copied = new Object[rs.getMetaData().getColumnCount() + 1];
        for (int i = 1; i < copied.length; i++) {
            copied[i] = rs.getObject(i);
        }
        return new ResultRow(labels, null, copied);
    }

    /** The value of column {@code label} (null for SQL NULL); an unknown label fails as Helidon's row does. */
    public Object value(String label) {
        Integer index = labels.get(label);
        if (index == null) {
            throw new DbClientException(String.format("Column with name %s does not exist", label));
        }
        return value(index);
    }

    private Object value(int index) {
        if (values != null) {
            return values[index];
        }
        try {
            return rs.getObject(index);
        } catch (SQLException e) {
            throw new DbClientException("Could not read column " + index, e);
        }
    }

    @Override
    public DbColumn column(String name) {
        return new Column(name, value(name));
    }

    @Override
    public DbColumn column(int index) {
        for (Map.Entry<String, Integer> e : labels.entrySet()) {
            if (e.getValue() == index) {
                return new Column(e.getKey(), value(index));
            }
        }
        throw new DbClientException("Column with index " + index + " does not exist");
    }

    @Override
    public void forEach(Consumer<? super DbColumn> consumer) {
        labels.forEach((name, index) -> consumer.accept(new Column(name, value(index))));
    }

    @Override
    public <T> T as(Class<T> type) {
        throw new UnsupportedOperationException("map rows with a function");
    }

    @Override
    public <T> T as(GenericType<T> type) {
        throw new UnsupportedOperationException("map rows with a function");
    }

    @Override
    public <T> T as(Function<DbRow, T> mapper) {
        return mapper.apply(this);
    }

    /** One column's value. */
    private static final class Column extends DbColumnBase {
        private final String name;
        private final Object value;

        Column(String name, Object value) {
            super(value, MapperManager.global());
            this.name = name;
            this.value = value;
        }

        @Override
        public Class<?> javaType() {
            return value == null ? Object.class : value.getClass();
        }

        @Override
        public String dbType() {
            return "";
        }

        @Override
        public String name() {
            return name;
        }
    }
}
