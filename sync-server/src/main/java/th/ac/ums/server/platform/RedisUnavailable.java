package th.ac.ums.server.platform;

/** Redis could not be reached or did not answer in time; every caller fails closed with 503. */
public final class RedisUnavailable extends RuntimeException {
    public RedisUnavailable(Throwable cause) {
        super("Redis is not available", cause);
    }
}
