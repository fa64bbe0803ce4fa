package th.ac.ums.server.testing;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * A Connector/J query interceptor that records every statement sent to the database under the
 * request id of the request being served (the server keeps it in the log MDC), so a test can ask
 * how many statements one request made. Enable with {@code queryInterceptors=} on the JDBC URL.
 */
public final class StatementCounter implements QueryInterceptor {
    private static final Map<String, List<String>> BY_REQUEST = new ConcurrentHashMap<>();

    public static List<String> statements(String requestId) {
        return BY_REQUEST.getOrDefault(requestId, List.of());
    }

    @Override
    public QueryInterceptor init(MysqlConnection conn, Properties props, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        String requestId = MDC.get("requestId");
        if (requestId != null) {
            String text = sql.get();
            if (text != null && !text.startsWith("/* ping */") && !text.toUpperCase().startsWith("SET ")
                    && !text.toUpperCase().startsWith("SHOW ")) {
                BY_REQUEST.computeIfAbsent(requestId, k -> new CopyOnWriteArrayList<>()).add(text);
            }
        }
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return true;
    }

    @Override
    public void destroy() {
    }

    @Override
    public <T extends Resultset> T postProcess(Supplier<String> sql, Query query, T rs, ServerSession session) {
        return rs;
    }
}
