package th.ac.ums.server.paging;

import java.util.Optional;

/** Where list totals are remembered between requests; invalidated when the resource changes. */
public interface TotalsCache {
    Optional<Totals.Total> get(String resource, String key);

    void put(String resource, String key, Totals.Total total);

    /** No caching: every page counts again (tests of the counting itself). */
    static TotalsCache none() {
        return new TotalsCache() {
            @Override
            public Optional<Totals.Total> get(String resource, String key) {
                return Optional.empty();
            }

            @Override
            public void put(String resource, String key, Totals.Total total) {
            }
        };
    }
}
