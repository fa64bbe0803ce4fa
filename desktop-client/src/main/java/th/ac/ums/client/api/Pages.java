package th.ac.ums.client.api;

import com.fasterxml.jackson.databind.JavaType;
import th.ac.ums.model.api.Page;

/** Reads any list endpoint as a {@code Page<T>}. */
public final class Pages {
    private final ApiClient api;

    public Pages(ApiClient api) {
        this.api = api;
    }

    public <T> Page<T> fetch(String resource, PageQuery query, Class<T> type) {
        JavaType t = api.json().getTypeFactory().constructParametricType(Page.class, type);
        return api.get(query.path(resource), t);
    }
}
