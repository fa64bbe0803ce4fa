package th.ac.ums.server.cli;

/** A command that ends with a message for the operator and an exit code. */
public final class Exit extends RuntimeException {
    private final int code;

    public Exit(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
