package th.ac.ums.server.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code jdbc:mysql://host:port/database?props} URL taken apart, so the server can create
 * the database when it is missing and add the driver settings it relies on.
 */
public record JdbcUrl(String hostPart, String database, Map<String, String> properties) {

    /** Driver settings: UTC sessions, server-side statement cache, batched inserts, timeouts. */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("connectionTimeZone", "UTC"),
            Map.entry("forceConnectionTimeZoneToSession", "true"),
            Map.entry("characterEncoding", "UTF-8"),
            Map.entry("cachePrepStmts", "true"),
            Map.entry("useServerPrepStmts", "true"),
            Map.entry("prepStmtCacheSize", "500"),
            Map.entry("prepStmtCacheSqlLimit", "4096"),
            Map.entry("rewriteBatchedStatements", "true"),
            Map.entry("useLocalSessionState", "true"),
            Map.entry("cacheResultSetMetadata", "true"),
            Map.entry("cacheServerConfiguration", "true"),
            Map.entry("elideSetAutoCommits", "true"),
            Map.entry("maintainTimeStats", "false"),
            Map.entry("tcpKeepAlive", "true"),
            Map.entry("allowLoadLocalInfile", "false"),
            Map.entry("allowMultiQueries", "false"));

    public static JdbcUrl parse(String url) {
        if (!url.startsWith("jdbc:mysql://") && !url.startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("expected a jdbc:mysql:// URL, got " + redact(url));
        }
        String rest = url.substring(url.indexOf("//") + 2);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String host = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 ? rest.substring(slash + 1) : "";
        Map<String, String> props = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isBlank()) {
                int eq = pair.indexOf('=');
                props.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        return new JdbcUrl(host, database, props);
    }

    public JdbcUrl withDatabase(String name) {
        return new JdbcUrl(hostPart, name, properties);
    }

    public JdbcUrl withProperty(String key, String value) {
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put(key, value);
        return new JdbcUrl(hostPart, database, props);
    }

    /** The URL with our defaults filled in where the operator did not set them. */
    public String withDefaults() {
        Map<String, String> props = new LinkedHashMap<>(DEFAULTS);
        props.putAll(properties);
        return build(database, props);
    }

    /** The server URL without a database, for CREATE DATABASE. */
    public String serverUrl() {
        Map<String, String> props = new LinkedHashMap<>(DEFAULTS);
        props.putAll(properties);
        return build("", props);
    }

    private String build(String db, Map<String, String> props) {
        StringBuilder sb = new StringBuilder("jdbc:mysql://").append(hostPart).append('/').append(db);
        String sep = "?";
        for (var e : props.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = "&";
        }
        return sb.toString();
    }

    /** For logs: never print a password that an operator put into the URL. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
    }
}
