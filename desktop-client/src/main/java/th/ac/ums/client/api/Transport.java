package th.ac.ums.client.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * How {@link ApiClient} reaches the server: the real one is HTTP; ViewModel tests plug in a fake
 * that answers from memory.
 */
public interface Transport {

    /** One request: method, path below the base URL (with its query), headers, JSON body or null. */
    record Request(String method, String path, Map<String, String> headers, byte[] body) {
    }

    /** One answer; {@code body} is read to the end by the caller and then closed. */
    record Response(int status, Map<String, String> headers, InputStream body) {
    }

    /** Sends a request; throws {@link IOException} when the server cannot be reached. */
    Response send(Request request) throws IOException;
}
