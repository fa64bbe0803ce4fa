package th.ac.ums.server.cli;

/**
 * The one line an operator reads when a command fails unexpectedly: what failed and what to do,
 * never a stack trace (the full trace goes to the log at debug level).
 */
public final class Failures {
    private Failures() {
    }

    public static String oneLine(String command, Throwable e) {
        String cause = Patience.rootMessage(e);
        if (Patience.isConnectionProblem(e)) {
            return command + " failed: cannot reach the database (" + cause
                    + "); check UMS_DB_URL and that MariaDB/MySQL is running";
        }
        if (isRedisProblem(e)) {
            return command + " failed: cannot reach Redis (" + cause
                    + "); check UMS_REDIS_URL and that Redis is running";
        }
        return command + " failed: " + (cause == null ? e.getClass().getSimpleName() : cause)
                + " (run with UMS_LOG_LEVEL=DEBUG for the details)";
    }

    private static boolean isRedisProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("redis.clients.jedis.exceptions") || name.endsWith("RedisUnavailable")) {
                return true;
            }
        }
        return false;
    }
}
