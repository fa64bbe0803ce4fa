package th.ac.ums.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yaml.snakeyaml.Yaml;
import th.ac.ums.model.Role;
import th.ac.ums.server.admissions.AdmissionLists;
import th.ac.ums.server.audit.AuditLists;
import th.ac.ums.server.auth.Totp;
import th.ac.ums.server.domain.Refusal;
import th.ac.ums.server.finance.FinanceLists;
import th.ac.ums.server.finance.ReceiptLists;
import th.ac.ums.server.paging.Filter;
import th.ac.ums.server.paging.ListSpec;
import th.ac.ums.server.paging.SortKey;
import th.ac.ums.server.platform.Json;
import th.ac.ums.server.registrar.RegistrarLists;
import th.ac.ums.server.students.HoldLists;
import th.ac.ums.server.students.StudentLists;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.TestEnv;
import th.ac.ums.server.users.UserLists;

/**
 * The API document served at {@code GET /openapi} against the running server, route by route of the
 * route table. Statically: every route is an operation and every operation a route, with a unique
 * camelCase operationId, the query parameters the route takes and no other, the sorts and filters of
 * its list, the statuses every route of its kind can give, and the text limits of FieldLimitsIT.
 * Live, on a seeded server: for every route a success where one can be made (the request itself
 * must then be valid by the document too), and the common refusals (no token 401, a role not let in
 * 403, an undeclared query parameter 400, a bad limit 400, an unknown id 404, no If-Match 428, a
 * stale one 412, another content type 415); each answer's status must be documented for the
 * operation, its content type must be one the document names for that status, its JSON body must
 * validate against the documented schema (openapi-request-validator) and hold no member the schema
 * does not name. A new status, field or parameter that the document does not follow fails here.
 */
class OpenApiContractIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv();
    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));
    static final Set<Role> ALL = EnumSet.of(Role.ADMIN, Role.REGISTRAR, Role.FINANCE, Role.HELPDESK);

    static Map<String, Object> doc;
    static OpenApiInteractionValidator validator;
    static Staff staff;
    static String admin;
    static String student;
    static long programId;
    static long facultyId;
    static long termId;
    static long courseId;
    static String programCode;
    /** Route ("GET /students") to the statuses seen and the kinds of case run, for the coverage report. */
    static final Map<String, Set<String>> SEEN = new ConcurrentHashMap<>();

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void data() {
        env.seed(60);
        staff = new Staff(env);
        admin = staff.withSession(ALL).token();
        student = staff.withSession(EnumSet.of(Role.STUDENT)).token();
        String yaml = env.api().get("/openapi").text();
        doc = new Yaml().load(yaml);
        // additionalProperties: the validator would close every branch of an allOf (a page is Page + its data),
        // so undocumented members are found by undocumented() below, which merges the branches first
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withLevelResolver(LevelResolver.create().withLevel("validation.response.body.schema.additionalProperties",
                        ValidationReport.Level.IGNORE).build())
                .build();
        Api api = env.api().bearer(admin);
        JsonNode program = api.get("/api/v1/programs?limit=1").json().get("data").get(0);
        programId = program.get("id").asLong();
        programCode = program.get("code").asText();
        facultyId = program.get("facultyId").asLong();
        termId = api.get("/api/v1/terms?limit=1").json().get("data").get(0).get("id").asLong();
        courseId = api.get("/api/v1/courses?limit=1").json().get("data").get(0).get("id").asLong();
    }

    @AfterAll
    static void report() {
        int cases = SEEN.values().stream().mapToInt(Set::size).sum();
        System.out.println("OpenApiContractIT: " + SEEN.size() + " routes, " + cases + " distinct (case, status) pairs");
        new TreeMap<>(SEEN).forEach((route, seen) -> System.out.println("  " + route + " " + new java.util.TreeSet<>(seen)));
    }

    // ---------------------------------------------------------------- the document and the route table

    static List<Route> routes() {
        return env.server().features().routes().routes();
    }

    static String docPath(Route route) {
        return route.path().substring(RouteTable.BASE.length());
    }

    static String name(Route route) {
        return route.method().text() + " " + docPath(route);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> operation(Route route) {
        Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) doc.get("paths")).get(docPath(route));
        assertNotNull(item, () -> "not documented: " + docPath(route));
        Map<String, Object> op = (Map<String, Object>) item.get(route.method().text().toLowerCase());
        assertNotNull(op, () -> "not documented: " + name(route));
        return op;
    }

    /** Follows a local {@code $ref} (any depth). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> deref(Object node) {
        Map<String, Object> map = (Map<String, Object>) node;
        while (map != null && map.containsKey("$ref")) {
            Object at = doc;
            for (String part : ((String) map.get("$ref")).substring(2).split("/")) {
                at = ((Map<String, Object>) at).get(part);
            }
            map = (Map<String, Object>) at;
        }
        return map;
    }

    /** The operation's parameters, path-level ones included, by "in:name". */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> parameters(Route route) {
        Map<String, Object> item = (Map<String, Object>) ((Map<String, Object>) doc.get("paths")).get(docPath(route));
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Object list : new Object[] {item.get("parameters"), operation(route).get("parameters")}) {
            if (list != null) {
                for (Object p : (List<Object>) list) {
                    Map<String, Object> param = deref(p);
                    out.put(param.get("in") + ":" + param.get("name"), param);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Set<String> statuses(Route route) {
        return ((Map<String, Object>) operation(route).get("responses")).keySet();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyRouteIsAnOperationAndEveryOperationARoute() {
        Set<String> served = routes().stream().map(OpenApiContractIT::name).collect(Collectors.toSet());
        Set<String> documented = new HashSet<>();
        ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, item) -> item.keySet().stream()
                .filter(k -> !k.equals("parameters")).forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        Set<String> undocumented = new HashSet<>(served);
        undocumented.removeAll(documented);
        Set<String> notServed = new HashSet<>(documented);
        notServed.removeAll(served);
        assertEquals(Set.of(), undocumented, "routes the document lacks");
        assertEquals(Set.of(), notServed, "operations no route serves");
        assertEquals(103, served.size(), "routes (update when a route is added)");
    }

    @Test
    void everyOperationHasAUniqueCamelCaseOperationId() {
        Map<String, String> ids = new HashMap<>();
        for (Route route : routes()) {
            Object id = operation(route).get("operationId");
            assertTrue(id instanceof String s && s.matches("^[a-z]+(?:[A-Z][a-z0-9]*)*$"),
                    () -> name(route) + ": operationId " + id);
            String before = ids.put((String) id, name(route));
            assertEquals(null, before, () -> id + " names both " + before + " and " + name(route));
        }
    }

    /** What every route of a kind can answer, whatever its handler does. */
    @Test
    void everyOperationDocumentsTheStatusesItsKindCanGive() {
        List<String> missing = new ArrayList<>();
        for (Route route : routes()) {
            Set<String> want = new HashSet<>(Set.of("400", "429", "503"));   // any query; limits; DB or Redis down
            if (!route.isPublic()) {
                want.addAll(Set.of("401", "403"));
            }
            if (route.path().contains("{")) {
                want.add("404");
            }
            if (parameters(route).containsKey("header:If-Match")) {
                want.addAll(Set.of("409", "412", "428"));
            }
            if (operation(route).containsKey("requestBody")) {
                want.addAll(Set.of("413", "415"));
            }
            Set<String> have = statuses(route);
            want.stream().filter(s -> !have.contains(s)).sorted().forEach(s -> missing.add(name(route) + " " + s));
            assertTrue(have.stream().anyMatch(s -> s.startsWith("2")), name(route) + " documents no success");
        }
        assertEquals(List.of(), missing, "undocumented statuses");
    }

    @Test
    void everyOperationTakesExactlyTheQueryParametersOfItsRoute() {
        for (Route route : routes()) {
            Set<String> documented = parameters(route).keySet().stream().filter(k -> k.startsWith("query:"))
                    .map(k -> k.substring("query:".length())).collect(Collectors.toSet());
            assertEquals(new java.util.TreeSet<>(route.query().names()), new java.util.TreeSet<>(documented),
                    name(route) + ": query parameters");
        }
    }

    /** The list behind each list or export route. */
    static final Map<String, ListSpec<?>> LISTS = Map.ofEntries(
            Map.entry("/users", UserLists.USERS), Map.entry("/helpdesk/users", UserLists.USERS),
            Map.entry("/sessions/history", AuditLists.SESSION_HISTORY), Map.entry("/sessions", AuditLists.LIVE_SESSIONS),
            Map.entry("/audit", AuditLists.AUDIT),
            Map.entry("/faculties", RegistrarLists.FACULTIES), Map.entry("/programs", RegistrarLists.PROGRAMS),
            Map.entry("/courses", RegistrarLists.COURSES), Map.entry("/terms", RegistrarLists.TERMS),
            Map.entry("/sections", RegistrarLists.SECTIONS),
            Map.entry("/sections/{id}/enrollments", RegistrarLists.ENROLLMENTS),
            Map.entry("/students/{id}/enrollments", RegistrarLists.ENROLLMENTS),
            Map.entry("/students", StudentLists.STUDENTS), Map.entry("/students/export", StudentLists.STUDENTS),
            Map.entry("/holds", HoldLists.HOLDS), Map.entry("/holds/export", HoldLists.HOLDS),
            Map.entry("/applications", AdmissionLists.APPLICATIONS),
            Map.entry("/applications/export", AdmissionLists.APPLICATIONS),
            Map.entry("/invoices", FinanceLists.INVOICES), Map.entry("/invoices/export", FinanceLists.INVOICES),
            Map.entry("/payments", FinanceLists.PAYMENTS), Map.entry("/payments/export", FinanceLists.PAYMENTS),
            Map.entry("/receipts", ReceiptLists.RECEIPTS));

    static Object tryParse(Filter filter, String raw) {
        try {
            return filter.parser().apply(raw);
        } catch (Refusal e) {
            return e;
        }
    }

    /**
     * Each list's sort enum is exactly its declared sorts, both ways round; each filter's schema is the
     * kind of value its parser takes (an id range, an enum the parser takes every value of, a
     * boolean, a date, text of at most the parser's length).
     */
    @Test
    @SuppressWarnings("unchecked")
    void listSortsAndFiltersAreDocumentedAsTheListTakesThem() {
        int checked = 0;
        for (Route route : routes()) {
            ListSpec<?> spec = LISTS.get(docPath(route));
            if (spec == null || !route.method().text().equals("GET")) {
                continue;
            }
            Map<String, Map<String, Object>> params = parameters(route);
            Set<String> sorts = new HashSet<>();
            for (SortKey key : spec.sorts()) {
                sorts.add(key.name());
                sorts.add(key.fields().stream().map(f -> "-" + f).collect(Collectors.joining(",")));
            }
            Map<String, Object> sort = deref(params.get("query:sort").get("schema"));
            assertEquals(new java.util.TreeSet<>(sorts), new java.util.TreeSet<>((List<String>) sort.get("enum")),
                    name(route) + ": sort");
            for (Filter filter : spec.filters()) {
                Map<String, Object> param = params.get("query:" + filter.param());
                if (param == null) {
                    continue;   // fixed by the path (the student of /students/{id}/enrollments)
                }
                Map<String, Object> schema = deref(param.get("schema"));
                String what = name(route) + " " + filter.param();
                Object asOne = tryParse(filter, "1");
                if (asOne instanceof Long) {
                    assertEquals("integer", schema.get("type"), what);
                    assertEquals(1, ((Number) schema.get("minimum")).intValue(), what);
                    assertEquals(999_999_999_999_999_999L, ((Number) schema.get("maximum")).longValue(), what);
                    assertTrue(tryParse(filter, "999999999999999999") instanceof Long, what);
                    assertTrue(tryParse(filter, "1000000000000000000") instanceof Refusal, what);
                } else if (tryParse(filter, "true") instanceof Boolean
                        || tryParse(filter, "true") instanceof Filter.Bound && tryParse(filter, "false") instanceof Filter.Bound
                        && tryParse(filter, "yes") instanceof Refusal) {   // a flag written as an IN list
                    assertEquals("boolean", schema.get("type"), what);
                } else if (tryParse(filter, "2026-01-31") instanceof LocalDate) {
                    assertEquals("date", schema.get("format"), what);
                    String pattern = (String) schema.get("pattern");
                    assertTrue("1900-01-01".matches(pattern) && "2199-12-31".matches(pattern)
                            && !"1899-12-31".matches(pattern) && !"2200-01-01".matches(pattern), what + " " + pattern);
                } else if (schema.containsKey("enum")) {
                    for (Object value : (List<Object>) schema.get("enum")) {
                        assertTrue(!(tryParse(filter, value.toString()) instanceof Refusal), what + " " + value);
                    }
                    assertTrue(tryParse(filter, "NO_SUCH_VALUE") instanceof Refusal, what);
                } else {
                    assertEquals("string", schema.get("type"), what);
                    int max = ((Number) schema.get("maxLength")).intValue();
                    assertTrue(!(tryParse(filter, "a".repeat(max)) instanceof Refusal), what + " at " + max);
                    assertTrue(tryParse(filter, "a".repeat(max + 1)) instanceof Refusal, what + " over " + max);
                }
                checked++;
            }
        }
        assertTrue(checked >= 40, "filters checked: " + checked);
    }

    /** The request schema of an operation (JSON or CSV). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> requestSchema(Map<String, Object> op) {
        Map<String, Object> body = deref(op.get("requestBody"));
        Map<String, Object> content = (Map<String, Object>) body.get("content");
        return deref(((Map<String, Object>) content.values().iterator().next()).get("schema"));
    }

    /** Every text limit of FieldLimitsIT (which proves it against the server and the column) is the document's maxLength. */
    @Test
    @SuppressWarnings("unchecked")
    void bodyTextLimitsAreTheServersLimits() {
        int checked = 0;
        for (FieldLimitsIT.Field field : FieldLimitsIT.fields()) {
            String[] mp = field.route().split(" ", 2);
            String path = mp[1].replaceFirst("^" + RouteTable.BASE, "").replaceAll("/[0-9]+(?=/|$)", "/{id}");
            Route route = routes().stream().filter(r -> r.method().text().equals(mp[0]) && docPath(r).equals(path))
                    .findFirst().orElseThrow(() -> new AssertionError("no route " + field.route()));
            Map<String, Object> schema = requestSchema(operation(route));
            for (String part : field.field().split("\\.")) {
                String prop = part.replaceAll("\\[[0-9]+]$", "");
                schema = deref(((Map<String, Object>) schema.get("properties")).get(prop));
                assertNotNull(schema, field.route() + " " + field.field());
                if (part.endsWith("]")) {
                    schema = deref(schema.get("items"));
                }
            }
            assertEquals(field.limit(), ((Number) schema.get("maxLength")).intValue(),
                    field.route() + " " + field.field() + ": maxLength");
            checked++;
        }
        assertTrue(checked >= 30, "limits checked: " + checked);
    }

    /** Every JSON request body refuses members it does not name (the server's strict reading). */
    @Test
    @SuppressWarnings("unchecked")
    void everyJsonRequestBodyIsClosed() {
        for (Route route : routes()) {
            Map<String, Object> op = operation(route);
            if (!op.containsKey("requestBody")) {
                continue;
            }
            Map<String, Object> content = (Map<String, Object>) deref(op.get("requestBody")).get("content");
            if (content.containsKey("application/json")) {
                Map<String, Object> schema = requestSchema(op);
                assertEquals(Boolean.FALSE, schema.get("additionalProperties"), name(route) + " body");
            }
        }
    }

    // ---------------------------------------------------------------- live exchanges

    /** One request: method, path, query string, headers and body. */
    static final class Req {
        final String method;
        final String path;
        String query = "";
        final Map<String, String> headers = new LinkedHashMap<>();
        String body;
        String contentType;

        Req(String method, String path) {
            this.method = method;
            this.path = path.startsWith("/api/") ? path : RouteTable.BASE + path;
        }

        Req query(String q) {
            this.query = q;
            return this;
        }

        Req header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Req auth(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Req json(Object value) {
            this.body = value instanceof String s ? s : new String(Json.write(value), StandardCharsets.UTF_8);
            this.contentType = "application/json";
            return this;
        }

        Req body(String text, String type) {
            this.body = text;
            this.contentType = type;
            return this;
        }

        @Override
        public String toString() {
            return method + " " + path + (query.isEmpty() ? "" : "?" + query);
        }
    }

    static Req req(String method, String path) {
        return new Req(method, path).auth(admin);
    }

    static Api.Response send(Req r) {
        Api api = env.api();
        for (Map.Entry<String, String> h : r.headers.entrySet()) {
            api = api.header(h.getKey(), h.getValue());
        }
        String target = r.path + (r.query.isEmpty() ? "" : "?" + r.query);
        if (r.method.equals("GET") && r.path.endsWith("/events")) {
            return api.open(target);
        }
        return api.raw(r.method, target, r.body, r.contentType);
    }

    static JsonNode ok(Req r) {
        Api.Response res = send(r);
        assertTrue(res.status() < 300, () -> r + ": " + res.status() + " " + res.text());
        return res.bytes().length == 0 ? null : res.json();
    }

    static String mediaType(Api.Response res) {
        String ct = res.header("Content-Type");
        return ct == null ? null : ct.split(";")[0].trim().toLowerCase();
    }

    /**
     * Sends {@code r} for {@code route} and checks the answer against the document; {@code expected}
     * null takes any documented status. {@code validRequest}: the request itself must be valid by the
     * document (success cases).
     */
    @SuppressWarnings("unchecked")
    static Api.Response exchange(Route route, String kind, Req r, Integer expected, boolean validRequest) {
        Api.Response res = send(r);
        String what = name(route) + " [" + kind + "] " + r + " -> " + res.status();
        SEEN.computeIfAbsent(name(route), k -> ConcurrentHashMap.newKeySet()).add(kind + ":" + res.status());
        Map<String, Object> responses = (Map<String, Object>) operation(route).get("responses");
        assertTrue(responses.containsKey(String.valueOf(res.status())),
                () -> what + ": status not documented for " + operation(route).get("operationId") + "; " + res.text());
        if (expected != null) {
            assertEquals((int) expected, res.status(), () -> what + ": " + res.text());
        }
        Map<String, Object> documented = deref(responses.get(String.valueOf(res.status())));
        Map<String, Object> content = (Map<String, Object>) documented.get("content");
        String type = mediaType(res);
        if (content == null) {
            assertEquals(0, res.bytes().length, () -> what + ": documented without a body, answered " + res.text());
        } else {
            assertTrue(type != null && content.containsKey(type), () -> what + ": content type " + type
                    + " is not one of " + content.keySet());
        }
        boolean json = type != null && (type.equals("application/json") || type.endsWith("+json"));
        if (json || content == null) {
            SimpleResponse.Builder answer = SimpleResponse.Builder.status(res.status());
            if (json) {
                answer.withContentType(res.header("Content-Type")).withBody(res.text());
            }
            List<String> errors = errors(validator.validateResponse(r.path, Request.Method.valueOf(r.method),
                    answer.build()));
            assertEquals(List.of(), errors, () -> what + ": the body does not match its schema: " + res.text());
        }
        if (json) {
            List<String> extra = new ArrayList<>();
            Map<String, Object> schema = deref(((Map<String, Object>) content.get(type)).get("schema"));
            undocumented(schema, res.json(), "$", extra);
            assertEquals(List.of(), extra, () -> what + ": members the schema does not name: " + res.text());
        }
        if (validRequest) {
            List<String> errors = errors(validator.validateRequest(simple(r)));
            assertEquals(List.of(), errors, () -> what + ": a request the server takes is invalid by the document");
        }
        return res;
    }

    static SimpleRequest simple(Req r) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.method, r.path);
        r.headers.forEach(b::withHeader);
        if (r.body != null) {
            b.withBody(r.body).withContentType(r.contentType);
        }
        if (!r.query.isEmpty()) {
            for (String pair : r.query.split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return b.build();
    }

    static List<String> errors(ValidationReport report) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    /** Members of {@code node} that {@code schema} does not name (free-form objects excepted). */
    @SuppressWarnings("unchecked")
    static void undocumented(Map<String, Object> schema, JsonNode node, String at, List<String> out) {
        if (schema == null || node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            Map<String, Object> items = itemsOf(schema);
            for (int i = 0; i < Math.min(node.size(), 5); i++) {
                undocumented(items, node.get(i), at + "[" + i + "]", out);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        Map<String, Map<String, Object>> props = new LinkedHashMap<>();
        Set<String> optional = new HashSet<>();
        if (!collect(schema, props, optional)) {
            return;   // a free-form object
        }
        node.fieldNames().forEachRemaining(field -> {
            if (!props.containsKey(field)) {
                out.add(at + "." + field);
            } else {
                undocumented(props.get(field), node.get(field), at + "." + field, out);
            }
        });
        // a schema without a required list promises every member it names (answered as null when empty),
        // so a member dropped or renamed shows too; with a required list, those it names
        if (!schema.containsKey("oneOf") && !schema.containsKey("anyOf")) {
            props.keySet().stream().filter(p -> !node.has(p) && !optional.contains(p))
                    .forEach(p -> out.add(at + "." + p + " (missing)"));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> itemsOf(Map<String, Object> schema) {
        if (schema.containsKey("items")) {
            return deref(schema.get("items"));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.containsKey(combinator)) {
                Map<String, Object> found = null;
                for (Object branch : (List<Object>) schema.get(combinator)) {
                    Map<String, Object> items = itemsOf(deref(branch));
                    if (items != null && !items.isEmpty()) {
                        found = items;
                    }
                }
                return found;
            }
        }
        return null;
    }

    /** Gathers the properties a schema names (later allOf branches refine earlier ones); false: free-form. */
    @SuppressWarnings("unchecked")
    static boolean collect(Map<String, Object> schema, Map<String, Map<String, Object>> props, Set<String> optional) {
        boolean closed = false;
        if (schema.containsKey("properties")) {
            List<Object> required = (List<Object>) schema.get("required");
            ((Map<String, Object>) schema.get("properties")).forEach((k, v) -> {
                props.put(k, deref(v));
                if (required != null && !required.contains(k)) {
                    optional.add(k);
                }
            });
            closed = true;
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.containsKey(combinator)) {
                for (Object branch : (List<Object>) schema.get(combinator)) {
                    closed |= collect(deref(branch), props, optional);
                }
            }
        }
        Object additional = schema.get("additionalProperties");
        return closed && (additional == null || Boolean.FALSE.equals(additional));
    }

    /** The drift detector itself: a member no schema names is reported with its place, a documented one is not. */
    @Test
    @SuppressWarnings("unchecked")
    void aMemberTheDocumentDoesNotNameIsFound() {
        Map<String, Object> page = deref(((Map<String, Object>) ((Map<String, Object>) deref(
                ((Map<String, Object>) operation(routes().stream().filter(r -> name(r).equals("GET /students"))
                        .findFirst().orElseThrow()).get("responses")).get("200")).get("content")).get("application/json"))
                .get("schema"));
        JsonNode body = Json.MAPPER.valueToTree(Map.of("data", List.of(Map.of("id", 1, "studentCode", "69000001",
                "shoeSize", 42)), "pageSize", 20, "asOfNothing", true));
        List<String> extra = new ArrayList<>();
        undocumented(page, body, "$", extra);
        assertTrue(extra.containsAll(Set.of("$.data[0].shoeSize", "$.asOfNothing", "$.data[0].lastNameTh (missing)",
                "$.nextCursor (missing)")), extra::toString);
        assertTrue(!extra.contains("$.data[0].studentCode (missing)") && !extra.contains("$.pageSize (missing)"),
                extra::toString);
        Map<String, Object> problem = deref(Map.of("$ref", "#/components/schemas/Problem"));
        List<String> none = new ArrayList<>();
        undocumented(problem, Json.MAPPER.valueToTree(Map.of("type", "x", "title", "t", "status", 409, "detail", "d",
                "ids", List.of(1, 2))), "$", none);
        assertEquals(List.of(), none);
    }

    // ---------------------------------------------------------------- fresh records for success cases

    static int seq() {
        return SEQ.incrementAndGet();
    }

    /** A valid Thai national ID no other record has (the last digit checks the others). */
    static String nationalId() {
        String first = String.format("3%011d", 10_000_000_000L + seq());
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (first.charAt(i) - '0') * (13 - i);
        }
        return first + (11 - sum % 11) % 10;
    }

    static final AtomicInteger TERMS = new AtomicInteger();

    static String code(String prefix) {
        return prefix + seq();
    }

    static LocalDate today() {
        return LocalDate.now(env.clock().withZone(java.time.ZoneId.of("Asia/Bangkok")));
    }

    static Map<String, Object> studentBody() {
        return new HashMap<>(Map.of("firstNameTh", "สมชาย", "lastNameTh", "ใจดี", "firstNameEn", "Somchai",
                "lastNameEn", "Jaidee", "email", "c" + seq() + "@example.com", "programId", programId,
                "status", "ACTIVE", "admittedAt", today().withDayOfMonth(1).minusMonths(1).toString()));
    }

    static long newStudent() {
        return ok(req("POST", "/students").json(studentBody())).get("id").asLong();
    }

    static long newSection() {
        return ok(req("POST", "/sections").json(Map.of("courseId", courseId, "termId", termId,
                "sectionNo", "C" + seq() % 10_000_000, "capacity", 10))).get("id").asLong();
    }

    static Map<String, Object> applicationBody() {
        return Map.of("firstNameTh", "ปวีณา", "lastNameTh", "ใจดี", "firstNameEn", "Pawina", "lastNameEn", "Jaidee",
                "email", "a" + seq() + "@example.com", "programId", programId, "termId", termId);
    }

    static long newApplication() {
        return ok(req("POST", "/applications").json(applicationBody())).get("id").asLong();
    }

    static long accepted() {
        long id = newApplication();
        ok(req("POST", "/applications/" + id + "/decision").json(Map.of("decision", "ACCEPTED")));
        return id;
    }

    static Map<String, Object> invoiceBody(long studentId) {
        return Map.of("studentId", studentId, "termId", termId, "dueDate", today().plusMonths(1).toString(),
                "lines", List.of(Map.of("description", "ค่าธรรมเนียม", "amount", "1500.00")));
    }

    static long newInvoice() {
        return ok(req("POST", "/invoices").json(invoiceBody(newStudent()))).get("id").asLong();
    }

    static Req payment(long invoice) {
        return req("POST", "/payments").header("Idempotency-Key", UUID.randomUUID().toString())
                .json(Map.of("invoiceId", invoice, "amount", "500.00", "method", "TRANSFER", "reference", "TX-" + seq()));
    }

    /** How the KTB layout writes a payment time; a bank line is paid now, as POST /payments allows. */
    static final java.time.format.DateTimeFormatter BANK_NOW = java.time.format.DateTimeFormatter.ofPattern(
            "dd/MM/uuuu HH:mm:ss");

    /** A one-line KTB bank file whose line matches nothing. */
    static String bankFile(String txn) {
        return "Transaction No,Payment Date,Amount,Reference 1,Reference 2,Channel\r\n" + txn
                + "," + BANK_NOW.format(java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Bangkok")))
                + ",100.00,,NO-SUCH-INVOICE,ATM\r\n";
    }

    /** A new unmatched bank line (the newest by payment time). */
    static JsonNode newBankLine() {
        ok(req("POST", "/payments/bank-files").query("bank=ktb&dryRun=false").body(bankFile("OA" + seq()), "text/csv"));
        return ok(req("GET", "/payments/bank-lines").query("outcome=UNMATCHED&limit=1")).get("data").get(0);
    }

    static long version(String path) {
        return ok(req("GET", path)).get("version").asLong();
    }

    /** PATCH or POST with the record's current version as If-Match. */
    static Req versioned(String method, String path, String read, Object body) {
        return req(method, path).header("If-Match", String.valueOf(version(read))).json(body);
    }

    static Staff.Person person() {
        return staff.signedIn(Role.HELPDESK);
    }

    static long now() {
        return Totp.stepOf(env.clock().instant());
    }

    static Totp totp() {
        return env.server().features().security().totp();
    }

    /** A signed-in user with two-factor sign-in on: token, secret and recovery codes. */
    record TwoFactor(Staff.Person person, String secret, List<String> recovery) {
    }

    static TwoFactor twoFactor() {
        Staff.Person p = person();
        JsonNode start = ok(new Req("POST", "/me/2fa/enrollment").auth(p.token()));
        String secret = start.get("secret").asText();
        JsonNode done = ok(new Req("POST", "/me/2fa/enrollment/confirm").auth(p.token())
                .json(Map.of("code", totp().code(secret, now()))));
        List<String> codes = new ArrayList<>();
        done.get("recoveryCodes").forEach(c -> codes.add(c.asText()));
        env.clock().advance(Duration.ofSeconds(31));   // the confirming code is spent
        return new TwoFactor(p, secret, codes);
    }

    /** A session id of {@code token}'s session. */
    static String sessionOf(String token) {
        return ok(new Req("GET", "/me/session").auth(token)).get("sessionId").asText();
    }

    static final String CSV_HEADER = "studentCode,firstNameTh,lastNameTh,firstNameEn,lastNameEn,email,phone,"
            + "programCode,status,admittedAt\r\n";

    /** One or more success cases per route (each builds the records it needs), with the status expected. */
    record Success(Supplier<Req> request, int status) {
    }

    static List<Success> successes(Route route) {
        String p = docPath(route);
        switch (route.method().text() + " " + p) {
            case "POST /auth/login": {
                return List.of(new Success(() -> {
                    Staff.Person who = person();
                    return new Req("POST", p).json(Map.of("email", who.email(), "password", Staff.PASSWORD));
                }, 200), new Success(() -> {
                    TwoFactor t = twoFactor();
                    return new Req("POST", p).json(Map.of("email", t.person().email(), "password", Staff.PASSWORD));
                }, 200));
            }
            case "POST /auth/login/2fa": {
                return List.of(new Success(() -> {
                    TwoFactor t = twoFactor();
                    String challenge = ok(new Req("POST", "/auth/login").json(Map.of("email", t.person().email(),
                            "password", Staff.PASSWORD))).get("challenge").asText();
                    return new Req("POST", p).json(Map.of("challenge", challenge, "code", totp().code(t.secret(), now())));
                }, 200));
            }
            case "POST /auth/logout":
                return List.of(new Success(() -> new Req("POST", p).auth(person().token()), 204));
            case "GET /me", "GET /me/session", "GET /me/sessions":
                return List.of(new Success(() -> req("GET", p), 200));
            case "POST /me/2fa/enrollment":
                return List.of(new Success(() -> new Req("POST", p).auth(person().token()), 200));
            case "POST /me/2fa/enrollment/confirm":
                return List.of(new Success(() -> {
                    Staff.Person who = person();
                    String secret = ok(new Req("POST", "/me/2fa/enrollment").auth(who.token())).get("secret").asText();
                    return new Req("POST", p).auth(who.token()).json(Map.of("code", totp().code(secret, now())));
                }, 200));
            case "DELETE /me/2fa":
                return List.of(new Success(() -> {
                    TwoFactor t = twoFactor();
                    return new Req("DELETE", p).auth(t.person().token()).json(Map.of("code", t.recovery().get(0)));
                }, 204));
            case "POST /me/password":
                return List.of(new Success(() -> new Req("POST", p).auth(person().token())
                        .json(Map.of("currentPassword", Staff.PASSWORD, "newPassword", "Another-H0rse-Battery!")), 204));
            case "DELETE /me/sessions/{id}":
                return List.of(new Success(() -> {
                    Staff.Person who = person();
                    String other = staff.login(who.email(), Staff.PASSWORD);
                    return new Req("DELETE", "/me/sessions/" + sessionOf(other)).auth(who.token());
                }, 204));
            case "GET /users", "GET /helpdesk/users":
                return List.of(new Success(() -> req("GET", p), 200),
                        new Success(() -> req("GET", p).query("q=help&role=HELPDESK&disabled=false&sort=-email&limit=5"), 200));
            case "POST /users":
                return List.of(new Success(() -> req("POST", p).json(Map.of("email", "u" + seq() + "@ums.ac.th",
                        "displayName", "สมหญิง ใจดี", "roles", List.of("HELPDESK"), "password", Staff.PASSWORD)), 201));
            case "GET /users/{id}":
                return List.of(new Success(() -> req("GET", "/users/" + person().id()), 200));
            case "PATCH /users/{id}":
                return List.of(new Success(() -> {
                    long id = person().id();
                    return versioned("PATCH", "/users/" + id, "/users/" + id, Map.of("displayName", "Somsri Jaidee"));
                }, 200));
            case "DELETE /users/{id}/sessions":
                return List.of(new Success(() -> req("DELETE", "/users/" + person().id() + "/sessions"), 204));
            case "POST /users/{id}/unlock":
                return List.of(new Success(() -> req("POST", "/users/" + person().id() + "/unlock"), 204));
            case "DELETE /users/{id}/2fa":
                return List.of(new Success(() -> req("DELETE", "/users/" + twoFactor().person().id() + "/2fa"), 204));
            case "GET /helpdesk/users/{id}/sign-ins":
                return List.of(new Success(() -> {
                    Staff.Person who = person();
                    send(new Req("POST", "/auth/login").json(Map.of("email", who.email(), "password", "wrong-password")));
                    return req("GET", "/helpdesk/users/" + who.id() + "/sign-ins");
                }, 200));
            case "GET /client-versions":
                return List.of(new Success(() -> new Req("GET", p), 200));
            case "GET /client-versions/desks":
                return List.of(new Success(() -> req("GET", p), 200));
            case "GET /sessions":
                return List.of(new Success(() -> req("GET", p), 200),
                        new Success(() -> req("GET", p).query("userId=" + person().id()), 200),
                        new Success(() -> req("GET", p).query("email=" + person().email()), 200));
            case "DELETE /sessions/{id}":
                return List.of(new Success(() -> req("DELETE", "/sessions/" + sessionOf(person().token())), 204));
            case "GET /sessions/history":
                return List.of(new Success(() -> {
                    send(new Req("POST", "/auth/logout").auth(person().token()));
                    return req("GET", p);
                }, 200));
            case "GET /audit":
                return List.of(new Success(() -> req("GET", p), 200),
                        new Success(() -> req("GET", p).query("entity=student&limit=3"), 200));
            case "GET /faculties", "GET /programs", "GET /courses", "GET /terms", "GET /sections", "GET /holds",
                 "GET /applications", "GET /invoices", "GET /payments":
                return List.of(new Success(() -> req("GET", p), 200), new Success(() -> req("GET", p).query("page=1"), 200),
                        new Success(() -> {
                            JsonNode first = ok(req("GET", p).query("limit=1"));
                            String cursor = first.get("nextCursor").isNull() ? null : first.get("nextCursor").asText();
                            return req("GET", p).query(cursor == null ? "limit=1" : "limit=1&cursor=" + cursor);
                        }, 200));
            case "GET /students":
                return List.of(new Success(() -> req("GET", p), 200),
                        new Success(() -> req("GET", p).query("q=Jaidee&limit=5"), 200),
                        new Success(() -> req("GET", p).query("status=ACTIVE&sort=-lastNameEn&page=2"), 200));
            case "GET /students/export", "GET /holds/export", "GET /applications/export", "GET /invoices/export",
                 "GET /payments/export":
                return List.of(new Success(() -> req("GET", p), 200),
                        new Success(() -> req("GET", p).query("format=xlsx"), 200));
            case "POST /students/import":
                return List.of(new Success(() -> req("POST", p).query("dryRun=true").body(CSV_HEADER + ",สมชาย,ใจดี,"
                        + "Somchai,Jaidee,i" + seq() + "@example.com,081-234-5678," + programCode + ",ACTIVE,"
                        + today().minusMonths(1) + "\r\n", "text/csv"), 200));
            case "POST /students":
                return List.of(new Success(() -> req("POST", p).json(studentBody()), 201));
            case "GET /students/{id}", "GET /students/{id}/balance", "GET /students/{id}/national-id",
                 "GET /students/{id}/enrollments":
                return List.of(new Success(() -> req("GET", p.replace("{id}", String.valueOf(newStudent()))), 200));
            case "PATCH /students/{id}":
                return List.of(new Success(() -> {
                    String path = "/students/" + newStudent();
                    return versioned("PATCH", path, path, Map.of("phone", "081-234-5678", "title", "MR",
                            "nationalId", nationalId(), "birthDate", today().minusYears(20).toString()));
                }, 200));
            case "POST /students/{id}/enrollments":
                return List.of(new Success(() -> req("POST", "/students/" + newStudent() + "/enrollments")
                        .json(Map.of("sectionId", newSection())), 201));
            case "DELETE /students/{id}/enrollments/{enrollmentId}":
                return List.of(new Success(() -> {
                    long s = newStudent();
                    long e = ok(req("POST", "/students/" + s + "/enrollments").json(Map.of("sectionId", newSection())))
                            .get("id").asLong();
                    return req("DELETE", "/students/" + s + "/enrollments/" + e);
                }, 204));
            case "GET /sections/{id}/enrollments":
                return List.of(new Success(() -> {
                    long section = newSection();
                    ok(req("POST", "/students/" + newStudent() + "/enrollments").json(Map.of("sectionId", section)));
                    return req("GET", "/sections/" + section + "/enrollments");
                }, 200));
            case "POST /holds":
                return List.of(new Success(() -> req("POST", p).json(Map.of("studentId", newStudent(), "type", "FINANCIAL",
                        "blocks", List.of("TRANSCRIPT"), "reason", "ค้างชำระ")), 201));
            case "GET /holds/{id}", "POST /holds/{id}/lift":
                return List.of(new Success(() -> {
                    long hold = ok(req("POST", "/holds").json(Map.of("studentId", newStudent(), "type", "ACADEMIC",
                            "blocks", List.of("REGISTRATION"), "reason", "Probation"))).get("id").asLong();
                    Req r = req(route.method().text(), p.replace("{id}", String.valueOf(hold)));
                    return route.method().text().equals("POST") ? r.json(Map.of("reason", "Cleared")) : r;
                }, 200));
            case "POST /applications":
                return List.of(new Success(() -> req("POST", p).json(applicationBody()), 201));
            case "POST /applications/decisions":
                return List.of(new Success(() -> req("POST", p).json(Map.of("ids", List.of(newApplication(),
                        newApplication()), "decision", "WAITLISTED", "note", "รอที่ว่าง")), 200));
            case "POST /applications/admissions":
                return List.of(new Success(() -> req("POST", p).json(Map.of("ids", List.of(accepted()))), 200));
            case "GET /applications/{id}", "POST /applications/{id}/review", "POST /applications/{id}/withdraw":
                return List.of(new Success(() -> req(route.method().text(), p.replace("{id}",
                        String.valueOf(newApplication()))), 200));
            case "POST /applications/{id}/decision":
                return List.of(new Success(() -> req("POST", "/applications/" + newApplication() + "/decision")
                        .json(Map.of("decision", "REJECTED", "note", "Incomplete")), 200));
            case "POST /applications/{id}/admit":
                return List.of(new Success(() -> req("POST", "/applications/" + accepted() + "/admit"), 200));
            case "POST /invoices":
                return List.of(new Success(() -> req("POST", p).json(invoiceBody(newStudent())), 201));
            case "POST /invoices/generate":
                return List.of(new Success(() -> req("POST", p).json(Map.of("termId", termId,
                        "programIds", List.of(programId))), 202));
            case "GET /invoices/{id}":
                return List.of(new Success(() -> req("GET", "/invoices/" + newInvoice()), 200));
            case "POST /invoices/{id}/void":
                return List.of(new Success(() -> {
                    String path = "/invoices/" + newInvoice();
                    return versioned("POST", path + "/void", path, Map.of("reason", "ออกซ้ำ"));
                }, 200));
            case "POST /payments":
                return List.of(new Success(() -> payment(newInvoice()), 201));
            case "GET /payments/{id}":
                return List.of(new Success(() -> req("GET", "/payments/" + ok(payment(newInvoice())).get("id").asLong()), 200));
            case "POST /payments/{id}/refund":
                return List.of(new Success(() -> req("POST", "/payments/" + ok(payment(newInvoice())).get("id").asLong()
                        + "/refund").header("Idempotency-Key", UUID.randomUUID().toString())
                        .json(Map.of("amount", "100.00", "reason", "Overpaid")), 201));
            case "GET /receipts":
                return List.of(new Success(() -> {
                    ok(payment(newInvoice()));
                    return req("GET", p);
                }, 200), new Success(() -> req("GET", p).query("kind=RECEIPT&status=ISSUED&sort=number&page=1"), 200),
                        new Success(() -> req("GET", p).query("from=" + today().minusDays(1) + "&to=" + today()
                                + "&limit=1"), 200));
            case "GET /receipts/{id}":
                return List.of(new Success(() -> req("GET", "/receipts/" + ok(payment(newInvoice())).get("receiptId")
                        .asLong()), 200));
            case "GET /receipts/{id}.pdf":
                return List.of(new Success(() -> req("GET", "/receipts/" + ok(payment(newInvoice())).get("receiptId")
                        .asLong() + ".pdf"), 200));
            case "GET /receipts.pdf":
                return List.of(new Success(() -> {
                    ok(payment(newInvoice()));
                    return req("GET", p);
                }, 200), new Success(() -> req("GET", p).query("date=2026-01-31&recordedBy=1"), 200));
            case "GET /invoices/{id}/bill-payment":
                return List.of(new Success(() -> req("GET", "/invoices/" + newInvoice() + "/bill-payment"), 200));
            case "GET /invoices/{id}.pdf":
                return List.of(new Success(() -> req("GET", "/invoices/" + newInvoice() + ".pdf"), 200));
            case "POST /receipts/{id}/cancel":
                return List.of(new Success(() -> {
                    String path = "/receipts/" + ok(payment(newInvoice())).get("receiptId").asLong();
                    return versioned("POST", path + "/cancel", path, Map.of("reason", "พิมพ์ผิด / Misprinted"));
                }, 200));
            case "GET /reports/day-close":
                return List.of(new Success(() -> {
                    ok(payment(newInvoice()));
                    return req("GET", p);
                }, 200), new Success(() -> req("GET", p).query("date=" + today() + "&format=csv"), 200),
                        new Success(() -> req("GET", p).query("date=" + today() + "&format=pdf"), 200),
                        new Success(() -> req("GET", p).query("date=2026-01-31&format=json"), 200));
            case "POST /payments/bank-files":
                return List.of(new Success(() -> req("POST", p).query("bank=ktb&dryRun=true").body(bankFile("OA" + seq()),
                        "text/csv"), 200), new Success(() -> req("POST", p).query("bank=ktb&dryRun=false")
                        .body(bankFile("OA" + seq()), "text/csv"), 200));
            case "GET /payments/bank-files/layouts":
                return List.of(new Success(() -> req("GET", p), 200));
            case "GET /payments/bank-lines":
                return List.of(new Success(() -> req("GET", p), 200), new Success(() -> req("GET", p)
                        .query("outcome=UNMATCHED&bank=ktb&from=2026-01-01&to=2099-12-31&sort=-paidAt&limit=5"), 200));
            case "POST /payments/bank-lines/{id}/assign":
                return List.of(new Success(() -> {
                    long invoice = newInvoice();
                    JsonNode line = newBankLine();
                    return req("POST", "/payments/bank-lines/" + line.get("id").asLong() + "/assign")
                            .header("If-Match", line.get("version").asText()).json(Map.of("invoiceId", invoice));
                }, 200));
            case "POST /payments/bank-lines/{id}/return":
                return List.of(new Success(() -> {
                    JsonNode line = newBankLine();
                    return req("POST", "/payments/bank-lines/" + line.get("id").asLong() + "/return")
                            .header("If-Match", line.get("version").asText()).json(Map.of("reason", "โอนคืน"));
                }, 200));
            case "GET /jobs/{id}":
                return List.of(new Success(() -> {
                    Api.Response started = send(req("POST", "/invoices/generate").json(Map.of("termId", termId,
                            "programIds", List.of(programId))));
                    String job = started.status() == 202 ? started.json().get("jobId").asText()
                            : started.json().path("jobId").asText("none");
                    return req("GET", "/jobs/" + job);
                }, 200));
            case "GET /reports/aging":
                return List.of(new Success(() -> req("GET", p), 200),
                        new Success(() -> req("GET", p).query("groupBy=program"), 200));
            case "GET /reports/finance", "GET /reports/dashboard":
                return List.of(new Success(() -> req("GET", p), 200));
            case "GET /changes":
                return List.of(new Success(() -> req("GET", p), 200), new Success(() -> req("GET", p).query("since=0&limit=5"), 200));
            case "GET /events":
                return List.of(new Success(() -> req("GET", p).query("since=latest"), 200));
            default:
                if (p.endsWith("/{id}") && route.method().text().equals("GET")) {
                    String list = p.substring(0, p.length() - "/{id}".length());
                    return List.of(new Success(() -> req("GET", list + "/"
                            + ok(req("GET", list).query("limit=1")).get("data").get(0).get("id").asLong()), 200));
                }
                if (route.method().text().equals("POST") && Set.of("/faculties", "/programs", "/courses", "/terms",
                        "/sections").contains(p)) {
                    return List.of(new Success(() -> req("POST", p).json(referenceBody(p)), 201));
                }
                if (route.method().text().equals("PATCH")) {
                    return List.of(new Success(() -> {
                        String list = p.substring(0, p.length() - "/{id}".length());
                        long id = ok(req("POST", list).json(referenceBody(list))).get("id").asLong();
                        return versioned("PATCH", list + "/" + id, list + "/" + id, referencePatch(list));
                    }, 200));
                }
                return List.of();
        }
    }

    static Map<String, Object> referenceBody(String list) {
        int n = seq();
        return switch (list) {
            case "/faculties" -> Map.of("code", "F" + n, "nameTh", "คณะทดสอบ " + n, "nameEn", "Faculty " + n);
            case "/programs" -> Map.of("facultyId", facultyId, "code", "P" + n, "nameTh", "หลักสูตร " + n,
                    "nameEn", "Program " + n, "degree", "BACHELOR", "durationYears", 4, "tuitionPerTerm", "25000.00");
            case "/courses" -> Map.of("facultyId", facultyId, "code", "C" + n, "titleTh", "วิชา " + n,
                    "titleEn", "Course " + n, "credits", 3);
            case "/terms" -> {
                // (academicYear, semester) and code are unique: years 2601-2699 are not the seed's
                LocalDate start = today().minusMonths(6);
                int t = TERMS.getAndIncrement();
                int year = 2601 + t % 99;
                int semester = 1 + t / 99 % 3;
                yield Map.of("code", year + "/" + semester, "academicYear", year,
                        "semester", semester, "nameTh", "ภาค " + n, "nameEn", "Term " + n,
                        "startsOn", start.toString(), "endsOn", start.plusMonths(4).toString(),
                        "registrationOpens", start.minusMonths(1).toString(),
                        "registrationCloses", start.minusDays(5).toString(), "paymentDue", start.plusDays(14).toString());
            }
            case "/sections" -> Map.of("courseId", courseId, "termId", termId, "sectionNo", "S" + n % 10_000_000,
                    "capacity", 40, "room", "อาคาร 2 ห้อง 204", "schedule", "อ. 13:00-16:00");
            default -> throw new IllegalArgumentException(list);
        };
    }

    static Map<String, Object> referencePatch(String list) {
        return switch (list) {
            case "/faculties", "/programs", "/terms" -> Map.of("nameEn", "Renamed " + seq());
            case "/courses" -> Map.of("titleEn", "Renamed " + seq());
            case "/sections" -> Map.of("capacity", 45);
            default -> throw new IllegalArgumentException(list);
        };
    }

    /** A concrete path of the route with ids that exist nowhere. */
    static String unknown(Route route) {
        return route.path().replace("{id}", route.path().startsWith(RouteTable.BASE + "/sessions")
                || route.path().startsWith(RouteTable.BASE + "/me/sessions") || route.path().startsWith(RouteTable.BASE + "/jobs")
                ? "no-such-thing" : "999999999").replace("{enrollmentId}", "999999999");
    }

    /** A body the route would take (so that an unknown id, not the body, is what is refused). */
    static Object plausibleBody(Route route) {
        String p = docPath(route);
        return switch (route.method().text() + " " + p) {
            case "PATCH /users/{id}" -> Map.of("displayName", "Nobody");
            case "PATCH /faculties/{id}", "PATCH /programs/{id}", "PATCH /terms/{id}" -> Map.of("nameEn", "Nothing");
            case "PATCH /courses/{id}" -> Map.of("titleEn", "Nothing");
            case "PATCH /sections/{id}" -> Map.of("capacity", 10);
            case "PATCH /students/{id}" -> Map.of("phone", "081-234-5678");
            case "POST /students/{id}/enrollments" -> Map.of("sectionId", 1);
            case "POST /holds/{id}/lift", "POST /invoices/{id}/void", "POST /receipts/{id}/cancel" ->
                    Map.of("reason", "Nothing");
            case "POST /applications/{id}/decision" -> Map.of("decision", "ACCEPTED");
            case "POST /payments/{id}/refund" -> Map.of("amount", "1.00", "reason", "Nothing");
            case "POST /payments/bank-lines/{id}/assign" -> Map.of("invoiceId", 1);
            case "POST /payments/bank-lines/{id}/return" -> Map.of("reason", "Nothing");
            default -> null;
        };
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersAsDocumented() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> withoutSuccess = new ArrayList<>();
        for (Route route : routes()) {
            String n = name(route);
            String example = route.example("1");
            List<Success> successes = successes(route);
            if (successes.isEmpty()) {
                withoutSuccess.add(n);
            }
            for (int i = 0; i < successes.size(); i++) {
                Success s = successes.get(i);
                tests.add(DynamicTest.dynamicTest(n + " success " + (i + 1), () -> {
                    Req r = s.request().get();
                    if (route.body() != Route.Body.NONE && r.body == null && r.contentType == null) {
                        r.contentType = null;   // a body-less POST or DELETE
                    }
                    exchange(route, "success", r, s.status(), true);
                }));
            }
            if (!route.isPublic()) {
                tests.add(DynamicTest.dynamicTest(n + " without a token is 401", () ->
                        exchange(route, "no-token", new Req(route.method().text(), example), 401, false)));
                tests.add(DynamicTest.dynamicTest(n + " for a role it does not let in is 403", () ->
                        exchange(route, "role", new Req(route.method().text(), example).auth(student), 403, false)));
            }
            tests.add(DynamicTest.dynamicTest(n + " with an undeclared parameter is 400", () -> {
                Req r = (route.isPublic() ? new Req(route.method().text(), example) : req(route.method().text(), example))
                        .query("nosuch=1");
                Api.Response res = exchange(route, "bad-query", r, 400, false);
                assertEquals("nosuch", res.json().get("errors").get(0).get("field").asText());
            }));
            if (route.query().page()) {
                tests.add(DynamicTest.dynamicTest(n + " with limit=0 is 400", () ->
                        exchange(route, "bad-limit", req("GET", example).query("limit=0"), 400, false)));
                tests.add(DynamicTest.dynamicTest(n + " with a cursor it did not issue is 400", () ->
                        exchange(route, "bad-cursor", req("GET", example).query("cursor=bm90LWEtY3Vyc29y"), 400, false)));
            }
            if (route.path().contains("{")) {
                tests.add(DynamicTest.dynamicTest(n + " of an unknown id is 404", () -> {
                    Req r = req(route.method().text(), unknown(route));
                    Object body = plausibleBody(route);
                    if (body != null) {
                        r.json(body);
                    }
                    if (parameters(route).containsKey("header:If-Match")) {
                        r.header("If-Match", "1");
                    }
                    if (parameters(route).containsKey("header:Idempotency-Key")) {
                        r.header("Idempotency-Key", UUID.randomUUID().toString());
                    }
                    if (route.query().page() && route.path().endsWith("/enrollments")) {
                        // a list under a record: an unknown record has nothing under it (an empty page);
                        // an id that is no id at all is 404
                        Api.Response empty = exchange(route, "unknown-id", r, 200, false);
                        assertEquals(0, empty.json().get("data").size());
                        exchange(route, "malformed-id", req("GET", route.example("x1")), 404, false);
                    } else {
                        exchange(route, "unknown-id", r, 404, false);
                    }
                }));
            }
            if (parameters(route).containsKey("header:If-Match")) {
                tests.add(DynamicTest.dynamicTest(n + " without If-Match is 428, with a stale one 412", () -> {
                    Req fresh = successes.get(0).request().get();
                    fresh.headers.remove("If-Match");
                    exchange(route, "no-if-match", fresh, 428, false);
                    fresh.header("If-Match", "999999");
                    exchange(route, "stale", fresh, 412, false);
                }));
            }
            if (operation(route).containsKey("requestBody")) {
                tests.add(DynamicTest.dynamicTest(n + " with another content type is 415", () -> {
                    Req r = (route.isPublic() ? new Req(route.method().text(), example) : req(route.method().text(), example))
                            .body("x", "application/xml");
                    exchange(route, "content-type", r, 415, false);
                }));
                if (route.body() == Route.Body.JSON) {
                    tests.add(DynamicTest.dynamicTest(n + " with malformed JSON is 400", () -> {
                        Req r = (route.isPublic() ? new Req(route.method().text(), example)
                                : req(route.method().text(), example)).json("{\"broken\":");
                        if (parameters(route).containsKey("header:Idempotency-Key")) {
                            r.header("Idempotency-Key", UUID.randomUUID().toString());
                        }
                        if (parameters(route).containsKey("header:If-Match")) {
                            r.header("If-Match", "1");
                        }
                        exchange(route, "malformed", r, 400, false);
                    }));
                }
            }
        }
        assertEquals(List.of(), withoutSuccess, "routes without a success case");
        return tests.stream();
    }

    /**
     * The query parameters' documented constraints are the server's: on every GET route, each
     * parameter alone at the edges the document allows (every enum value, both booleans, an
     * integer's minimum and maximum, a string of exactly maxLength, the first and last dates) is
     * taken, and one step beyond (below the minimum, above the maximum, one character more, a value
     * outside the enum) is a 400 naming it; every answer as documented.
     */
    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyQueryParameterIsTakenUpToItsDocumentedEdgeAndRefusedBeyond() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            if (!route.method().text().equals("GET")) {
                continue;
            }
            String path = route.example("1").replace("/students/1/", "/students/" + 1 + "/");
            parameters(route).forEach((key, param) -> {
                if (!key.startsWith("query:")) {
                    return;
                }
                String pname = (String) param.get("name");
                Map<String, Object> schema = deref(param.get("schema"));
                List<String> taken = new ArrayList<>();
                List<String> refused = new ArrayList<>();
                if (schema.containsKey("enum")) {
                    ((List<Object>) schema.get("enum")).forEach(v -> taken.add(String.valueOf(v)));
                    refused.add("NO_SUCH_VALUE");
                } else if ("boolean".equals(schema.get("type"))) {
                    taken.addAll(List.of("true", "false"));
                    refused.add("yes");
                } else if ("integer".equals(schema.get("type"))) {
                    long min = ((Number) schema.get("minimum")).longValue();
                    taken.add(String.valueOf(min));
                    refused.add(String.valueOf(min - 1));
                    refused.add("1.5");
                    // the sign-ins' page is bounded by page × limit; the document gives the bound that holds for any limit
                    boolean stricter = pname.equals("page") && docPath(route).endsWith("/sign-ins");
                    if (schema.containsKey("maximum") && stricter) {
                        taken.add(String.valueOf(((Number) schema.get("maximum")).longValue()));
                        tests.add(DynamicTest.dynamicTest(name(route) + "?page=100&limit=101 is taken", () -> exchange(route,
                                "edge", req("GET", path).query("page=100&limit=101"), 200, true)));
                        tests.add(DynamicTest.dynamicTest(name(route) + "?page=101&limit=100 is 400", () -> exchange(route,
                                "beyond", req("GET", path).query("page=101&limit=100"), 400, false)));
                    } else if (schema.containsKey("maximum")) {
                        long max = ((Number) schema.get("maximum")).longValue();
                        taken.add(String.valueOf(max));
                        refused.add(new java.math.BigInteger(String.valueOf(max)).add(java.math.BigInteger.ONE).toString());
                    }
                } else if ("date".equals(schema.get("format"))) {
                    taken.addAll(List.of("1900-01-01", "2199-12-31"));
                    refused.addAll(List.of("1899-12-31", "2200-01-01", "2026-02-30"));
                } else if (pname.equals("cursor")) {
                    refused.add("bm90LWEtY3Vyc29y");
                } else if (pname.equals("since")) {
                    taken.addAll(List.of("latest", "0"));
                    refused.addAll(List.of("-1", "soon", "999999999999999999"));
                } else if (schema.containsKey("maxLength")) {
                    int max = ((Number) schema.get("maxLength")).intValue();
                    taken.add("a".repeat(max));
                    refused.add("a".repeat(max + 1));
                }
                for (String value : taken) {
                    tests.add(DynamicTest.dynamicTest(name(route) + "?" + pname + "=" + clip(value) + " is taken", () -> {
                        Req r = req("GET", path).query(pname + "=" + value);
                        Api.Response res = exchange(route, "edge", r, null, true);
                        assertTrue(res.status() < 300 || res.status() == 404 && pname.equals("email")
                                || res.status() == 404 && pname.equals("userId") && docPath(route).equals("/sessions"),
                                () -> r + " is valid by the document, answered " + res.status() + " " + res.text());
                    }));
                }
                for (String value : refused) {
                    tests.add(DynamicTest.dynamicTest(name(route) + "?" + pname + "=" + clip(value) + " is 400", () -> {
                        Api.Response res = exchange(route, "beyond", req("GET", path).query(pname + "=" + value), 400, false);
                        assertEquals(pname, res.json().get("errors").get(0).get("field").asText(), res::text);
                        if (!pname.equals("cursor") && !(pname.equals("since") && value.length() > 9)) {
                            // (a cursor the server did not issue and a position past the newest change are
                            // refused by what the server holds, which no schema can say)
                            assertTrue(!errors(validator.validateRequest(simple(req("GET", path)
                                    .query(pname + "=" + value)))).isEmpty(),
                                    () -> pname + "=" + value + " is refused but valid by the document");
                        }
                    }));
                }
            });
        }
        assertTrue(tests.size() > 250, "tests: " + tests.size());
        return tests.stream();
    }

    /** Fields whose values depend on other state (a password's policy, sign-in secrets): not probed by their schema alone. */
    static final Set<String> NOT_PROBED = Set.of("password", "newPassword", "currentPassword", "code", "challenge");

    /**
     * The body constraints are the server's: for each route that takes JSON, each top-level field of
     * its documented schema, set in the route's success request to the edges the document allows
     * (every enum value, an integer's minimum and maximum, text of exactly maxLength), is taken, and
     * one step beyond is a 400 naming the field. Ids (taken by what exists) and arrays are left to
     * the success cases; FieldLimitsIT proves every text limit against its column.
     */
    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyBodyFieldIsTakenUpToItsDocumentedEdgeAndRefusedBeyond() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            if (route.body() != Route.Body.JSON || route.isPublic() || !operation(route).containsKey("requestBody")) {
                continue;
            }
            Success success = successes(route).get(0);
            Map<String, Object> schema = requestSchema(operation(route));
            ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).forEach((field, raw) -> {
                Map<String, Object> ps = deref(raw);
                if (NOT_PROBED.contains(field) || "int64".equals(ps.get("format")) || "array".equals(ps.get("type"))) {
                    return;
                }
                if (docPath(route).startsWith("/terms") && Set.of("academicYear", "semester", "code").contains(field)) {
                    // a term's (academicYear, semester) is unique: an edge year can be taken once per semester,
                    // so these are proven by the success cases (2601-2699, semesters 1-3) and the refusals below
                    if (field.equals("academicYear")) {
                        for (int beyond : new int[] {2499, 2701}) {
                            tests.add(DynamicTest.dynamicTest(name(route) + " academicYear=" + beyond + " is 400", () ->
                                    exchange(route, "body-beyond", with(success.request().get(), field, beyond), 400, false)));
                        }
                    }
                    return;
                }
                List<Object> taken = new ArrayList<>();
                List<Object> refused = new ArrayList<>();
                if (ps.containsKey("enum")) {
                    taken.addAll((List<Object>) ps.get("enum"));
                    refused.add("NO_SUCH_VALUE");
                } else if ("integer".equals(ps.get("type")) && ps.containsKey("minimum") && ps.containsKey("maximum")) {
                    int min = ((Number) ps.get("minimum")).intValue();
                    int max = ((Number) ps.get("maximum")).intValue();
                    taken.addAll(List.of(min, max));
                    refused.addAll(List.of(min - 1, max + 1));
                } else if ("string".equals(ps.get("type")) && ps.containsKey("maxLength") && !ps.containsKey("format")) {
                    int max = ((Number) ps.get("maxLength")).intValue();
                    String pattern = (String) ps.get("pattern");
                    for (String c : List.of("a", "ก")) {
                        if (pattern == null || java.util.regex.Pattern.compile(pattern).matcher(c.repeat(max)).find()) {
                            taken.add(c.repeat(max));
                            refused.add(c.repeat(max + 1));
                            break;
                        }
                    }
                }
                for (Object value : taken) {
                    tests.add(DynamicTest.dynamicTest(name(route) + " " + field + "=" + clip(String.valueOf(value))
                            + " is taken", () -> {
                        Req r = with(success.request().get(), field, value);
                        Api.Response res = exchange(route, "body-edge", r, null, true);
                        assertTrue(res.status() < 300, () -> r + " " + field + "=" + clip(String.valueOf(value))
                                + " is valid by the document, answered " + res.status() + " " + res.text());
                    }));
                }
                for (Object value : refused) {
                    tests.add(DynamicTest.dynamicTest(name(route) + " " + field + "=" + clip(String.valueOf(value))
                            + " is 400", () -> {
                        Req r = with(success.request().get(), field, value);
                        Api.Response res = exchange(route, "body-beyond", r, 400, false);
                        List<String> named = new ArrayList<>();
                        res.json().get("errors").forEach(e -> named.add(e.get("field").asText()));
                        assertTrue(named.contains(field), () -> field + " not named: " + res.text());
                        assertTrue(!errors(validator.validateRequest(simple(r))).isEmpty(),
                                () -> field + "=" + clip(String.valueOf(value)) + " is refused but valid by the document");
                    }));
                }
            });
        }
        assertTrue(tests.size() > 100, "tests: " + tests.size());
        return tests.stream();
    }

    /** The request with one member of its JSON body set to {@code value}. */
    @SuppressWarnings("unchecked")
    static Req with(Req r, String field, Object value) {
        Map<String, Object> body = r.body == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(parse(r.body)), Map.class));
        body.put(field, value);
        return r.json(body);
    }

    static Object parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String clip(String value) {
        return value.length() > 12 ? value.substring(0, 4) + "…(" + value.length() + ")" : value;
    }

    /** The exchanges reached every route. */
    @AfterAll
    static void everyRouteWasExchanged() {
        if (SEEN.isEmpty()) {
            return;   // the factory did not run (a single test selected)
        }
        Set<String> missed = routes().stream().map(OpenApiContractIT::name).filter(n -> !SEEN.containsKey(n))
                .collect(Collectors.toSet());
        if (!missed.isEmpty()) {
            fail("routes never exchanged: " + missed);
        }
    }
}
