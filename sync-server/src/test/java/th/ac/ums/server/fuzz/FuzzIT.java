package th.ac.ums.server.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.http.Route;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;

/**
 * A property-based fuzzer over every route that takes a body, and over the ids in every path:
 * malformed JSON, wrong types, huge and negative numbers, negative money, very long strings, deep
 * nesting, Unicode edge cases (lone surrogates, invisible and full-width characters) and NUL bytes,
 * SQL- and CSV-injection text; query strings with repeated, empty, undecodable and oversized values
 * on every GET route; If-Match in every form but the plain version. Properties: never a 500,
 * never a stack trace, SQL text or class name in the answer, problem+json for every refusal, and
 * nothing written by a refused request (the change log does not move).
 */
class FuzzIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final int PAYLOADS_PER_ROUTE = 30;
    static final long SEED = 20261128L;
    static long userId;
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(exception|\\bat th\\.ac\\.|java\\.|jdbc|sqlstate|syntax error|select .* from|insert into|"
                    + "stack ?trace|hikari|jedis|helidon)");
    private static final String[] FIELDS = {"email", "password", "displayName", "roles", "disabled", "code",
        "challenge", "currentPassword", "newPassword", "studentId", "invoiceId", "termId", "sectionId", "programId",
        "facultyId", "courseId", "ids", "decision", "note", "amount", "method", "reference", "receivedAt", "reason",
        "lines", "dueDate", "description", "capacity", "type", "blocks", "firstNameTh", "lastNameTh", "firstNameEn",
        "lastNameEn", "phone", "status", "studentCode", "admittedAt", "nameTh", "nameEn", "credits", "semester",
        "academicYear", "startsOn", "endsOn", "degree", "tuitionPerTerm", "programIds", "sectionNo", "room"};

    @BeforeAll
    static void data() {
        env.seed(30);
        Staff staff = new Staff(env);
        userId = staff.create(staff.uniqueEmail("fuzz"), Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK);
    }

    private static Api api() {
        return new Staff(env).session(userId, EnumSet.of(Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK));
    }

    private static long changeLog() {
        return env.infrastructure().db().read(exec -> exec.get("SELECT COALESCE(MAX(seq), 0) AS s FROM change_log")
                .map(r -> th.ac.ums.server.platform.Rows.lng(r, "s")).orElse(0L));
    }

    @TestFactory
    Stream<DynamicTest> everyBodyTakingRouteSurvivesHostileBodies() {
        List<DynamicTest> tests = new ArrayList<>();
        Random random = new Random(SEED);
        for (Route route : env.server().features().routes().routes()) {
            if (route.body() != Route.Body.JSON) {
                continue;
            }
            List<String> payloads = new ArrayList<>();
            for (int i = 0; i < PAYLOADS_PER_ROUTE; i++) {
                payloads.add(Payloads.body(random, FIELDS));
            }
            String name = route.method().text() + " " + route.path();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                for (String body : payloads) {
                    long before = changeLog();
                    Api.Response r = api().header("Idempotency-Key", "fuzz-" + Math.abs(body.hashCode()))
                            .header("If-Match", "1").raw(route.method().text(), route.example("1"), body,
                                    "application/json");
                    check(name, body, r);
                    if (r.status() >= 400) {
                        assertEquals(before, changeLog(), () -> name + " wrote although refused (" + r.status()
                                + "): " + shorten(body));
                    }
                }
            }));
        }
        assertTrue(tests.size() > 20, "routes with bodies: " + tests.size());
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void tenMegabyteStringsAreRefusedWhole() {
        String huge = "{\"email\":\"" + "A".repeat(10 * 1024 * 1024) + "\"}";
        for (String path : List.of("/api/v1/students/1", "/api/v1/payments", "/api/v1/auth/login")) {
            long before = changeLog();
            String method = path.equals("/api/v1/students/1") ? "PATCH" : "POST";
            Api.Response r = (path.contains("/auth/") ? env.api() : api()).header("Idempotency-Key", "fuzz-huge")
                    .header("If-Match", "1").raw(method, path, huge, "application/json");
            assertEquals(413, r.status(), path);
            check(path + " (10 MB)", "10 MB", r);
            assertEquals(before, changeLog());
        }
    }

    @TestFactory
    Stream<DynamicTest> idsInPathsAreCheckedNotTrusted() {
        List<DynamicTest> tests = new ArrayList<>();
        String[] ids = {"..%2F..%2Fetc%2Fpasswd", "1%00", "-1", "0", "99999999999999999999999", "1.5", "1e3",
            "%27%20OR%201%3D1", "%E0%B8%81", "abc", "%2e%2e"};
        for (Route route : env.server().features().routes().routes()) {
            if (!route.path().contains("{") || route.isPublic()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(route.method().text() + " " + route.path(), () -> {
                for (String id : ids) {
                    if (route.path().endsWith("/events")) {
                        continue;
                    }
                    long before = changeLog();
                    Api.Response r = api().header("Idempotency-Key", "fuzz-id-" + id.hashCode())
                            .header("If-Match", "1").raw(route.method().text(), route.example(id),
                                    route.body() == Route.Body.JSON ? "{}" : null,
                                    route.body() == Route.Body.JSON ? "application/json" : null);
                    check(route.path() + " with id " + id, "", r);
                    assertTrue(r.status() >= 400 || id.equals("0"), route.path() + " accepted id " + id + ": "
                            + r.status());
                    if (r.status() >= 400) {
                        assertEquals(before, changeLog(), route.path() + " wrote for id " + id);
                    }
                }
            }));
        }
        return tests.stream();
    }

    /**
     * Query strings over every GET route: never a 500, always problem+json when refused, and never an
     * answer to an ambiguous one (a parameter given twice, an empty value other than the search text,
     * an undeclared parameter).
     */
    @TestFactory
    Stream<DynamicTest> everyQueryStringIsReadStrictly() {
        List<DynamicTest> tests = new ArrayList<>();
        Random random = new Random(SEED + 1);
        for (Route route : env.server().features().routes().routes()) {
            if (!route.method().text().equals("GET") || route.isPublic() || route.path().endsWith("/events")) {
                continue;
            }
            List<String> names = new ArrayList<>(route.query().names());
            java.util.Collections.sort(names);
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                queries.add(Payloads.query(random, names));
            }
            tests.add(DynamicTest.dynamicTest("GET " + route.path(), () -> {
                for (String query : queries) {
                    Api.Response r = api().get(route.example("1") + query);
                    check(route.path() + query, query, r);
                    if (ambiguous(query, route)) {
                        assertEquals(400, r.status(), () -> route.path() + query + " was answered: " + r.text());
                    }
                }
            }));
        }
        return tests.stream();
    }

    private static boolean ambiguous(String query, Route route) {
        List<String> seen = new ArrayList<>();
        for (String pair : query.substring(1).split("&")) {
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            boolean emptyValue = value.isEmpty() || value.equals("%20");
            if (seen.contains(name) || !route.query().names().contains(name)
                    || emptyValue && !route.query().search().contains(name)) {
                return true;
            }
            seen.add(name);
        }
        return false;
    }

    /** If-Match in any form but the plain version is refused on every route that takes it. */
    @TestFactory
    Stream<DynamicTest> ifMatchInAnyOtherFormIsRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : env.server().features().routes().routes()) {
            if (route.body() != Route.Body.JSON || route.isPublic()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(route.method().text() + " " + route.path(), () -> {
                Api.Response without = api().raw(route.method().text(), route.example("1"), "{}", "application/json");
                if (without.status() != 428) {
                    return;
                }
                for (String form : List.of("W/\"1\"", "\"1\"", "*", "1, 2", "01x", "-1")) {
                    long before = changeLog();
                    Api.Response r = api().header("If-Match", form).raw(route.method().text(), route.example("1"),
                            "{}", "application/json");
                    check(route.path() + " If-Match " + form, "{}", r);
                    assertEquals(400, r.status(), () -> route.path() + " took If-Match " + form + ": " + r.text());
                    assertEquals(before, changeLog());
                }
            }));
        }
        return tests.stream();
    }

    static final Map<Integer, Long> STATUSES = new java.util.concurrent.ConcurrentSkipListMap<>();

    @org.junit.jupiter.api.AfterAll
    static void figures() {
        System.out.println("[figures] FuzzIT answers by status: " + STATUSES + ", "
                + STATUSES.values().stream().mapToLong(Long::longValue).sum() + " requests");
    }

    private static void check(String name, String body, Api.Response r) {
        STATUSES.merge(r.status(), 1L, Long::sum);
        assertNotEquals(500, r.status(), () -> name + " answered 500 to " + shorten(body) + ": " + r.text());
        assertTrue(r.status() < 500 || r.status() == 503, () -> name + " answered " + r.status());
        if (r.status() >= 400) {
            String type = r.header("Content-Type");
            assertTrue(type != null && type.startsWith("application/problem+json"), () -> name + ": " + type);
            assertFalse(LEAK.matcher(r.text()).find(), () -> name + " leaked internals: " + r.text());
        }
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "… (" + s.length() + " chars)" : s;
    }
}
