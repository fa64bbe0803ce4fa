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

    public static RequestScope current() {
        return CURRENT.get();
    }

    public static void clear() {
        CURRENT.remove();
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
