package th.ac.ums.server.paging;

import java.util.List;

/**
 * A whitelisted sort: the API field names a client may send (in this order) and the full,
 * unique column list the keyset walks (the last column is unique, usually the id).
 */
public record SortKey(List<String> fields, List<String> columns) {

    public String name() {
        return String.join(",", fields);
    }
}
