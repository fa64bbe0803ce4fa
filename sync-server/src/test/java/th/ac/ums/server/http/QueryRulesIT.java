package th.ac.ums.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * The query-string rules of docs/api.md, proven for every route of the route table: parameters a
 * route does not declare, parameters given twice and empty values are 400 naming the parameter
 * (the search text {@code q} excepted: empty means no search); {@code limit} of any size above
 * 100 counts as 100 and below 1 is 400; an export takes exactly its list's filters; every GET of
 * a versioned record answers its version as ETag; If-Match takes only the plain version.
 */
class QueryRulesIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static long userId;

    @BeforeAll
    static void data() {
        env.seed(150);
        Staff staff = new Staff(env);
        userId = staff.create(staff.uniqueEmail("rules"), Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK);
    }

    private static Api api() {
        return new Staff(env).session(userId, EnumSet.of(Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK));
    }

    private static List<Route> routes() {
        return env.server().features().routes().routes();
    }

    private static Api.Response get(Route route, String query) {
        String path = route.example("1");
        return route.path().endsWith("/events") ? api().open(path + query) : api().get(path + query);
    }

    private static void assert400Naming(Api.Response r, String field, String what) {
        assertEquals(400, r.status(), () -> what + ": " + r.text());
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), what);
        assertEquals(field, r.json().get("errors").get(0).get("field").asText(), () -> what + ": " + r.text());
    }

    @TestFactory
    Stream<DynamicTest> everyRouteRefusesParametersItDoesNotDeclareAndRepeatedOnes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            if (route.method().text().equals("GET") && !route.isPublic()) {
                String name = route.path();
                tests.add(DynamicTest.dynamicTest(name + "?nosuch=1", () ->
                        assert400Naming(get(route, "?nosuch=1"), "nosuch", name)));
                for (String param : route.query().names()) {
                    String value = param.equals("since") ? "latest" : "1";
                    tests.add(DynamicTest.dynamicTest(name + "?" + param + " twice", () -> assert400Naming(
                            get(route, "?" + param + "=" + value + "&" + param + "=" + value), param, name)));
                }
            }
        }
        assertTrue(tests.size() > 60, "tests: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyListTakesLimitPagingAndEmptyValuesByOneRule() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            if (!route.query().page()) {
                continue;
            }
            String name = route.path();
            tests.add(DynamicTest.dynamicTest(name + " limit rules", () -> {
                Api.Response plain = get(route, "");
                assertEquals(200, plain.status(), plain::text);
                assertEquals(20, plain.json().get("pageSize").asInt(), "default page size");
                for (String big : List.of("101", "1000000000", "99999999999999999999")) {
                    Api.Response clamped = get(route, "?limit=" + big);
                    assertEquals(200, clamped.status(), () -> big + ": " + clamped.text());
                    assertEquals(100, clamped.json().get("pageSize").asInt(), big + " counts as 100");
                }
                for (String bad : List.of("0", "-1", "abc", "1.5", "", "%2010")) {
                    assert400Naming(get(route, "?limit=" + bad), "limit", name + "?limit=" + bad);
                }
            }));
            for (String param : route.query().names()) {
                boolean search = route.query().search().contains(param);
                tests.add(DynamicTest.dynamicTest(name + "?" + param + "=", () -> {
                    Api.Response r = get(route, "?" + param + "=");
                    if (search) {
                        assertEquals(200, r.status(), () -> "an empty search is no search: " + r.text());
                    } else {
                        assert400Naming(r, param, name + "?" + param + "=");
                    }
                }));
            }
        }
        assertTrue(tests.size() > 50, "tests: " + tests.size());
        return tests.stream();
    }

    @Test
    void everyGetThatAnswersAPageIsADeclaredListOrTakesNoParameters() {
        int lists = 0;
        for (Route route : routes()) {
            if (!route.method().text().equals("GET") || route.path().endsWith("/events") || route.isPublic()
                    || route.path().endsWith("/export") || route.path().endsWith(".pdf")) {
                continue;   // streams, files and documents are not pages
            }
            Api.Response r = get(route, "");
            if (r.status() == 200 && r.json().has("data") && r.json().has("pageSize")) {
                lists++;
                assertTrue(route.query().page() || route.query().names().isEmpty(), route.path()
                        + " answers a page but does not declare its list parameters");
            }
        }
        assertTrue(lists >= 15, "lists found: " + lists);
    }

    @Test
    void everyExportTakesExactlyItsListsFiltersAndSearch() {
        int exports = 0;
        for (Route export : routes()) {
            if (!export.path().endsWith("/export")) {
                continue;
            }
            exports++;
            String listPath = export.path().substring(0, export.path().length() - "/export".length());
            Route list = routes().stream().filter(r -> r.path().equals(listPath) && r.method().text().equals("GET"))
                    .findFirst().orElseThrow(() -> new AssertionError("no list for " + export.path()));
            Set<String> expected = new HashSet<>(list.query().names());
            expected.removeAll(ListSpec.PAGING);
            expected.add("format");
            assertEquals(expected, export.query().names(), export.path());
            assertEquals(list.query().search(), export.query().search(), export.path());
            for (String paging : ListSpec.PAGING) {
                assert400Naming(api().get(export.path() + "?" + paging + "=5"), paging,
                        export.path() + " must not take " + paging + " (it exports every matching row)");
            }
        }
        assertEquals(5, exports);
    }

    @Test
    void theStudentExportSearchesLikeTheList() {
        JsonNode first = api().get("/api/v1/students?limit=1").json().get("data").get(0);
        String code = first.get("studentCode").asText();
        Api.Response blank = api().get("/api/v1/students/export?q=");
        assertEquals(200, blank.status(), blank::text);
        String one = api().get("/api/v1/students/export?q=" + code).text();
        assertEquals(2, one.split("\r\n").length, one);
        assertTrue(one.contains(code));
        String lastName = first.get("lastNameEn").asText();
        long listed = api().get("/api/v1/students?q=" + lastName + "&limit=100").json().get("data").size();
        long exported = api().get("/api/v1/students/export?q=" + lastName).text().split("\r\n").length - 1;
        assertEquals(listed, exported, "the export holds what the search lists");
    }

    @Test
    void everyGetOfAVersionedRecordAnswersItsVersionAsETag() {
        int versioned = 0;
        for (Route route : routes()) {
            if (!route.method().text().equals("GET") || !route.path().matches(".*/\\{id}$") || route.isPublic()) {
                continue;
            }
            Api.Response r = api().get(route.example("1"));
            if (r.status() != 200 || !r.json().has("version")) {
                continue;
            }
            versioned++;
            assertEquals("\"" + r.json().get("version").asLong() + "\"", r.header("ETag"), route.path());
        }
        assertTrue(versioned >= 10, "versioned records read: " + versioned);
    }

    @Test
    void ifMatchTakesOnlyThePlainVersionNumber() {
        JsonNode s = api().get("/api/v1/students/2").json();
        long version = s.get("version").asLong();
        String path = "/api/v1/students/2";
        for (String form : List.of("W/\"" + version + "\"", "\"" + version + "\"", version + ", " + version, "*",
                "0x" + version, "+" + version, version + ".0", "")) {
            Api.Response r = api().header("If-Match", form).patch(path, Map.of("phone", "081-234-5678"));
            assert400Naming(r, "If-Match", "If-Match: " + form);
        }
        assertEquals(428, api().patch(path, Map.of("phone", "081-234-5678")).status(), "no If-Match at all");
        assertEquals(version, api().get(path).json().get("version").asLong(), "nothing changed");
        Api.Response plain = api().header("If-Match", String.valueOf(version)).patch(path,
                Map.of("phone", "081-234-5678"));
        assertEquals(200, plain.status(), plain::text);
        assertEquals("\"" + (version + 1) + "\"", plain.header("ETag"));
    }

    @Test
    void searchWildcardsAreTakenLiterally() {
        for (String path : List.of("/api/v1/users?q=%25", "/api/v1/users?q=_", "/api/v1/helpdesk/users?q=%25",
                "/api/v1/students?q=%25", "/api/v1/students?q=_")) {
            Api.Response r = api().get(path);
            assertEquals(200, r.status(), r::text);
            assertEquals(0, r.json().get("data").size(), () -> path + " matched: " + r.text());
        }
    }

    /** Found by an independent tester: ";x=1" in a path was dropped and the route answered anyway. */
    @Test
    void pathParametersAreNotQuietlyDropped() {
        for (String path : List.of("/api/v1/students/5;x=1", "/api/v1/students;x=1", "/api/v1/users/1;")) {
            Api.Response r = api().get(path);
            assertEquals(404, r.status(), () -> path + ": " + r.text());
        }
        long version = api().get("/api/v1/students/3").json().get("version").asLong();
        Api.Response empty = api().header("If-Match", String.valueOf(version)).patch("/api/v1/students/3",
                Map.of());
        assertEquals(400, empty.status(), "an edit that names no field is refused, not a new version");
        Api.Response noUserField = api().header("If-Match", "1").patch("/api/v1/users/" + userId,
                java.util.Collections.singletonMap("disabled", null));
        assert400Naming(noUserField, "body", "PATCH /users with only nulls");
    }

    @Test
    void queryValuesMustBeValidText() {
        for (String value : List.of("ACTIVE%00", "%ED%A0%80", "%FF", "AC%0ATIVE")) {
            assert400Naming(api().get("/api/v1/students?status=" + value), "status", value);
            assert400Naming(api().get("/api/v1/students?q=" + value), "q", value);
        }
    }
}
