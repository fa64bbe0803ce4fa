package th.ac.ums.server.platform;

/**
 * Facts about the request the current thread serves that lower layers need: whether this
 * caller must read from the primary (it wrote recently, here or on another instance).
 * Helidon serves each request on its own virtual thread, so a thread-local is request-scoped.
 */
public final class RequestScope {
    private static final ThreadLocal<RequestScope> CURRENT = ThreadLocal.withInitial(RequestScope::new);

    private boolean readPrimary;
    private boolean wrote;
    private String sessionId;
    private boolean writerChecked;
    private boolean writerMarked;
    private String signature;
    private Prefetched prefetched;

    public static RequestScope current() {
        return CURRENT.get();
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The authenticated session of this request (read-your-writes across requests). */
    public void session(String id) {
        this.sessionId = id;
    }

    String session() {
        return sessionId;
    }

    /** True the first time only: the recent-writer check is done once per request. */
    boolean checkWriterOnce() {
        boolean first = !writerChecked;
        writerChecked = true;
        return first;
    }

    /** True the first time only: a request marks its session as a recent writer once. */
    boolean markWriterOnce() {
        boolean first = !writerMarked;
        writerMarked = true;
        return first;
    }

    /** What the request asks for, as the cache learns it: its route and query without paging. */
    public void signature(String signature) {
        this.signature = signature;
    }

    public String signature() {
        return signature;
    }

    /** A cache value read in the session check's round trip (set only once the session is alive). */
    public void prefetched(Prefetched value) {
        this.prefetched = value;
    }

    /**
     * What Redis held under {@code fullKey} when the session was checked, if that key was prefetched
     * (taken once: a second read goes to Redis): empty when it was not (read Redis yourself), else a
     * {@link Prefetched} whose value may be null (nothing cached).
     */
    public java.util.Optional<Prefetched> takePrefetched(String fullKey) {
        Prefetched p = prefetched;
        if (p == null || !p.key().equals(fullKey)) {
            return java.util.Optional.empty();
        }
        prefetched = null;
        return java.util.Optional.of(p);
    }

    public void requirePrimaryReads() {
        readPrimary = true;
    }

    boolean mustReadPrimary() {
        return readPrimary || wrote;
    }

    void markWrote() {
        wrote = true;
    }

    public boolean wrote() {
        return wrote;
    }
}
