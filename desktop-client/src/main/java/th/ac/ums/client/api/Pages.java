package th.ac.ums.client.api;

import com.fasterxml.jackson.databind.JavaType;
import th.ac.ums.model.Dtos.PageDto;

/** Reads any list endpoint as a {@code PageDto<T>}. */
public final class Pages {
    private final ApiClient api;

    public Pages(ApiClient api) {
        this.api = api;
    }

    public <T> PageDto<T> fetch(String resource, PageQuery query, Class<T> type) {
        JavaType t = api.json().getTypeFactory().constructParametricType(PageDto.class, type);
        return api.get(query.path(resource), t);
    }
}
