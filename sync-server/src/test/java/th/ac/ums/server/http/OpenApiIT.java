package th.ac.ums.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;
import th.ac.ums.server.testing.TestEnv;

/** The OpenAPI document served at /openapi names every route of the route table, and nothing else. */
class OpenApiIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();

    @Test
    @SuppressWarnings("unchecked")
    void everyRouteIsDocumentedAndEveryDocumentedOperationExists() {
        Map<String, Object> doc = new Yaml().load(env.api().get("/openapi").text());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        List<String> missing = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        for (Route route : env.server().features().routes().routes()) {
            String path = route.path().substring(RouteTable.BASE.length());
            String op = route.method().text().toLowerCase() + " " + path;
            routes.add(op);
            if (!paths.containsKey(path) || !paths.get(path).containsKey(route.method().text().toLowerCase())) {
                missing.add(op);
            }
        }
        assertTrue(missing.isEmpty(), "undocumented: " + missing);
        List<String> extra = new ArrayList<>();
        paths.forEach((path, ops) -> ops.keySet().stream().filter(k -> !"parameters".equals(k))
                .map(k -> k + " " + path).filter(op -> !routes.contains(op)).forEach(extra::add));
        assertEquals(List.of(), extra, "documented but not served");
    }
}
