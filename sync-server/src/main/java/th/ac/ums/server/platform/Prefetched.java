package th.ac.ums.server.platform;

/**
 * A cache key read in the same Redis round trip as the session check, and what it held then
 * ({@code value} null: nothing). The key is the full Redis key, so a reader uses the value only if it
 * would have read exactly that key itself (same resource generation, same query); anything else
 * reads Redis as before. The session script returns it only for a live session within its limit,
 * and handlers run only after the role check, so it is never seen by a caller who may not see it.
 */
public record Prefetched(String key, String value) {
}
