package th.ac.ums.client.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local cache of server pages of one grid, bounded in memory (least recently used pages go
 * first). Keys carry the query generation, so pages of an old filter are never served.
 */
public final class PageCache<T> {
    /** A page of a query generation: 0-based page number. */
    public record Key(int generation, int page) {
    }

    private final Cache<Key, List<T>> pages;

    public PageCache(long maxPages) {
        this.pages = Caffeine.newBuilder().maximumSize(maxPages).build();
    }

    public Optional<List<T>> get(int generation, int page) {
        return Optional.ofNullable(pages.getIfPresent(new Key(generation, page)));
    }

    public void put(int generation, int page, List<T> rows) {
        pages.put(new Key(generation, page), List.copyOf(rows));
    }

    /** Pages of this generation now held (for refreshing after a change). */
    public Map<Key, List<T>> snapshot() {
        return Map.copyOf(pages.asMap());
    }

    public void clear() {
        pages.invalidateAll();
    }

    public long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
