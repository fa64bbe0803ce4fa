package th.ac.ums.server.export;

import io.helidon.common.GenericType;
import io.helidon.common.mapper.MapperManager;
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
 * One row of a streamed JDBC result seen as a Helidon {@link DbRow}, so the list mappers also
 * map rows of a streamed export (Helidon's JDBC client cannot stream row by row from MySQL).
 */
final class ResultSetRow implements DbRow {
    private final Map<String, Object> values = new HashMap<>();

    ResultSetRow(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnLabel(i), rs.getObject(i));
        }
    }

    @Override
    public DbColumn column(String name) {
        return new Column(name, values.get(name));
    }

    @Override
    public DbColumn column(int index) {
        throw new UnsupportedOperationException("by name only");
    }

    @Override
    public void forEach(Consumer<? super DbColumn> consumer) {
        values.forEach((k, v) -> consumer.accept(new Column(k, v)));
    }

    @Override
    public <T> T as(Class<T> type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T as(GenericType<T> type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T as(Function<DbRow, T> mapper) {
        return mapper.apply(this);
    }

    /** A column value. */
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
