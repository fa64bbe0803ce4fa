package th.ac.ums.server.http;

/** The handler of one route; it gets the request with its authenticated caller. */
@FunctionalInterface
public interface CallHandler {
    void handle(Call call) throws Exception;
}
