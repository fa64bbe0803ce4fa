package th.ac.ums.server.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Docker cannot run here, so the deployment files are checked as files: every YAML parses, the
 * Kubernetes manifests carry what operations rely on, the compose file has its services, the
 * Dockerfile is multi-stage and non-root, and nginx itself accepts nginx.conf ({@code nginx -t}).
 */
class DeploymentFilesIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static Object yaml(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options).load(Files.readString(file, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String... path) {
        Object cur = o;
        for (String p : path) {
            cur = ((Map<String, Object>) cur).get(p);
            assertNotNull(cur, "missing " + String.join(".", path));
        }
        return (Map<String, Object>) cur;
    }

    @Test
    void everyYamlFileParses() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("config/application.yaml"),
                ROOT.resolve("config/docker-compose.yml"), ROOT.resolve(".github/workflows/ci.yml")));
        try (Stream<Path> k8s = Files.list(ROOT.resolve("config/k8s"))) {
            k8s.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
        }
        assertTrue(files.size() >= 7, files.toString());
        for (Path f : files) {
            assertNotNull(yaml(f), f + " is empty");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDeploymentRunsThreeProbedReplicasWithBoundedMemoryAndSecretsByReference() throws IOException {
        Object d = yaml(ROOT.resolve("config/k8s/deployment.yaml"));
        assertEquals("Deployment", ((Map<String, Object>) d).get("kind"));
        assertEquals(3, map(d, "spec").get("replicas"));
        List<Map<String, Object>> containers = (List<Map<String, Object>>) map(d, "spec", "template", "spec")
                .get("containers");
        Map<String, Object> c = containers.get(0);
        assertEquals("/observe/health/ready", map(c, "readinessProbe", "httpGet").get("path"));
        assertEquals("/observe/health/live", map(c, "livenessProbe", "httpGet").get("path"));
        assertEquals("256Mi", map(c, "resources", "requests").get("memory"));
        assertEquals("512Mi", map(c, "resources", "limits").get("memory"));
        List<Map<String, Object>> env = (List<Map<String, Object>>) c.get("env");
        for (String secret : List.of("UMS_TOKEN_SECRET", "UMS_DB_PASSWORD", "UMS_REDIS_URL")) {
            Map<String, Object> e = env.stream().filter(v -> secret.equals(v.get("name"))).findFirst().orElseThrow();
            assertFalse(e.containsKey("value"), secret + " must not be written in the manifest");
            assertNotNull(map(e, "valueFrom", "secretKeyRef").get("key"), secret);
        }
        Map<String, Object> labels = map(d, "spec", "template", "metadata", "labels");
        Object service = yaml(ROOT.resolve("config/k8s/service.yaml"));
        assertEquals(labels, map(service, "spec", "selector"), "the Service selects the pods");
        Object pdb = yaml(ROOT.resolve("config/k8s/pdb.yaml"));
        assertEquals("PodDisruptionBudget", ((Map<String, Object>) pdb).get("kind"));
        assertEquals(labels, map(pdb, "spec", "selector", "matchLabels"));
        assertTrue((Integer) map(pdb, "spec").get("minAvailable") < 3, "a drain can proceed");
    }

    @Test
    void composeRunsTwoServersBehindNginxWithMysql8AndRedis7() throws IOException {
        Map<String, Object> services = map(yaml(ROOT.resolve("config/docker-compose.yml")), "services");
        for (String s : List.of("app1", "app2", "nginx", "mysql", "redis")) {
            assertTrue(services.containsKey(s), "service " + s);
        }
        assertTrue(String.valueOf(map(services, "mysql").get("image")).startsWith("mysql:8"));
        assertTrue(String.valueOf(map(services, "redis").get("image")).startsWith("redis:7"));
    }

    @Test
    void theImageIsMultiStageAndRunsAsNonRoot() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("config/Dockerfile"));
        assertEquals(2, lines.stream().filter(l -> l.startsWith("FROM ")).count(), "build stage and runtime stage");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("USER ") && !l.contains("root")));
        assertTrue(lines.stream().filter(l -> l.startsWith("FROM ")).reduce((a, b) -> b).orElseThrow().contains("jre"),
                "the runtime stage is a JRE");
    }

    @Test
    void nginxAcceptsTheConfiguration(@TempDir Path dir) throws Exception {
        Path nginx = Stream.of("/usr/sbin/nginx", "/usr/bin/nginx").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        assumeTrue(nginx != null, "nginx is installed by .ci/run (Debian package nginx-light)");
        // The upstream names resolve only inside compose; everything else is checked as written.
        String conf = Files.readString(ROOT.resolve("config/nginx.conf")).replace("server app1:8080", "server 127.0.0.1:18081")
                .replace("server app2:8080", "server 127.0.0.1:18082");
        Files.createDirectories(dir.resolve("logs"));
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process p = new ProcessBuilder(nginx.toString(), "-t", "-p", dir.toString(), "-c", file.toString(), "-g",
                "pid " + dir.resolve("nginx.pid") + ";").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("test is successful"), out);
        assertTrue(conf.contains("limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s"));
        assertTrue(conf.contains("limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m"));
        assertTrue(conf.contains("limit_req zone=api burst=20"));
        assertTrue(conf.contains("proxy_set_header X-Forwarded-For $remote_addr;"));
    }
}
