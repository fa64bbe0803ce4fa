package th.ac.ums.server.students;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import th.ac.ums.model.Role;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.Staff;
import th.ac.ums.server.testing.StatementCounter;
import th.ac.ums.server.testing.TestEnv;

/**
 * One SQL statement per list page with joined data included (no N+1): every statement a request
 * sends is recorded by a Connector/J interceptor under the request's id.
 */
class StatementCountIT {
    @RegisterExtension
    static final TestEnv env = new TestEnv().withJdbcProperty("queryInterceptors",
            StatementCounter.class.getName());
    static Api api;

    @BeforeAll
    static void seed() {
        env.seed(2000);
        api = new Staff(env).signedIn(Role.ADMIN).api(env);
    }

    private static List<String> statementsOf(String path) {
        String id = UUID.randomUUID().toString();
        Api.Response r = api.header("X-Request-Id", id).get(path);
        assertEquals(200, r.status(), r::text);
        return StatementCounter.statements(id);
    }

    @Test
    void aPageOfAHundredIsOneStatementOnceItsTotalIsKnown() {
        for (String path : List.of("/api/v1/students?limit=100&status=ACTIVE&sort=lastNameTh",
                "/api/v1/invoices?limit=100", "/api/v1/payments?limit=100&kind=PAYMENT", "/api/v1/applications?limit=100",
                "/api/v1/sections?limit=100", "/api/v1/holds?limit=100&active=true",
                "/api/v1/students/42/enrollments?limit=100", "/api/v1/users?limit=100")) {
            List<String> first = statementsOf(path);
            assertTrue(first.size() <= 3, path + " first time: " + first);
            List<String> again = statementsOf(path);
            assertEquals(1, again.size(), path + ": " + again);
        }
    }

    @Test
    void keysetPagesCostOneStatementToo() {
        String first = "/api/v1/students?limit=100&facultyId=1&sort=lastNameEn";
        statementsOf(first);
        String cursor = api.get(first).json().get("nextCursor").asText();
        statementsOf(first + "&cursor=" + cursor);
        assertEquals(1, statementsOf(first + "&cursor=" + cursor).size());
    }

    @Test
    void invoiceLinesComeInTheSameStatement() {
        String path = "/api/v1/invoices?limit=50&status=PAID";
        statementsOf(path);
        List<String> again = statementsOf(path);
        assertEquals(1, again.size());
        assertTrue(again.get(0).contains("invoice_lines"), again.get(0));
        assertTrue(api.get(path).json().get("data").get(0).get("lines").size() >= 2);
    }
}
