package th.ac.ums.server.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.ac.ums.server.testing.Api;
import th.ac.ums.server.testing.ServerProcess;

/**
 * The README's first command: {@code demo} from the packaged jar, with no installed MariaDB or
 * Redis involved (it starts embedded ones from target/demo-libs), seeds, prints the staff
 * accounts and serves.
 */
class DemoIT {

    /**
     * Issue 16 §3: on a machine whose every core is kept busy by another process (a first run had
     * failed there with a 3 s connect time-out during bulk loading), demo still seeds and serves.
     */
    @Test
    void demoServesADemoUniversityOnEmbeddedServicesWhileTheCoresAreBusy() throws Exception {
        List<Process> busy = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            busy.add(new ProcessBuilder("sh", "-c", "while :; do :; done").start());
        }
        try {
            demoServes();
        } finally {
            busy.forEach(Process::destroyForcibly);
        }
    }

    private void demoServes() throws Exception {
        Map<String, String> env = Map.of("UMS_HTTP_PORT", "0",
                "UMS_DB_URL", "jdbc:mysql://127.0.0.1:1/not-used",
                "UMS_REDIS_URL", "redis://127.0.0.1:1/0");
        try (ServerProcess demo = ServerProcess.start(env, null, "demo", "--students", "2000")) {
            String ready = demo.awaitLine(l -> l.startsWith("demo: UMS Console demo is ready at"),
                    Duration.ofSeconds(420));
            Matcher m = Pattern.compile("(http://[0-9.]+:[0-9]+)/api/v1").matcher(ready);
            assertTrue(m.find(), ready);
            String admin = demo.awaitLine(l -> l.contains("ADMIN admin@demo.ums.ac.th"), Duration.ofSeconds(5));
            assertTrue(admin.matches(".*admin@demo\\.ums\\.ac\\.th\\s+\\S{12,}$"), admin);
            assertTrue(demo.output().contains("seed: done: 2,000 students"), demo.output());
            Api api = new Api(m.group(1));
            Api.Response health = api.get("/observe/health/ready");
            assertEquals(200, health.status(), health::text);
            String password = admin.trim().substring(admin.trim().lastIndexOf(' ') + 1);
            Api.Response login = api.post("/api/v1/auth/login", Map.of("email", "admin@demo.ums.ac.th",
                    "password", password));
            assertEquals(200, login.status(), login::text);
            assertEquals(200, api.bearer(login.json().get("token").asText()).get("/api/v1/me").status());
        }
    }
}
