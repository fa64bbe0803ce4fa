package th.ac.ums.server.paging;

import java.util.List;

/**
 * An index that serves a list: equality filters on its leading columns, then the sort's
 * columns in order, so the page is read in index order with no filesort.
 */
public record AccessPath(String index, List<String> equalityParams, String sort) {
}
