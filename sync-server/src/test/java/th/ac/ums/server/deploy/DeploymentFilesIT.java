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
import th.ac.ums.server.testing.Nginx;
import th.ac.ums.server.testing.TestCertificates;

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
        Path nginx = Nginx.binary().orElse(null);
        assumeTrue(nginx != null, "nginx is installed by .ci/run (Debian package nginx-light)");
        // The upstream names resolve only inside compose and the certificate is the site's own;
        // everything else is checked as written.
        String conf = Nginx.configure(Nginx.shipped(), TestCertificates.create(dir.resolve("tls")), 18080, 18443,
                18081, 18082);
        Nginx.Check check = Nginx.check(nginx, dir, conf);
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("test is successful"), check.output());
        assertTrue(conf.contains("limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s"));
        assertTrue(conf.contains("limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m"));
        assertTrue(conf.contains("limit_req zone=api burst=20"));
        assertTrue(conf.contains("proxy_set_header X-Forwarded-For $remote_addr;"));
    }

    @Test
    void nginxServesTheApiOnlyOverModernTlsAndPlainHttpOnlyRedirects() throws IOException {
        String conf = Nginx.shipped();
        List<String> servers = NginxBlocks.servers(conf);
        assertEquals(2, servers.size(), "one plain-HTTP server, one TLS server");
        String plain = servers.stream().filter(b -> b.contains("listen 80;")).findFirst().orElseThrow();
        assertTrue(plain.contains("return 301 https://$host$request_uri;"), plain);
        assertFalse(plain.contains("proxy_pass"), "plain HTTP never reaches the servers");
        String tls = servers.stream().filter(b -> b.contains("listen 443 ssl;")).findFirst().orElseThrow();
        assertTrue(tls.contains("proxy_pass http://ums;"));
        assertEquals("TLSv1.2 TLSv1.3", NginxBlocks.directive(tls, "ssl_protocols"));
        for (String cipher : NginxBlocks.directive(tls, "ssl_ciphers").split(":")) {
            assertTrue(cipher.startsWith("ECDHE-") && (cipher.contains("-GCM-") || cipher.contains("CHACHA20-POLY1305")),
                    "forward secrecy and AEAD only: " + cipher);
        }
        assertEquals("on", NginxBlocks.directive(tls, "ssl_stapling"));
        assertEquals("on", NginxBlocks.directive(tls, "ssl_stapling_verify"));
        assertEquals("off", NginxBlocks.directive(tls, "ssl_session_tickets"));
        String hsts = NginxBlocks.directive(tls, "add_header Strict-Transport-Security");
        assertTrue(hsts.matches("\"max-age=(\\d+)\" always") && Long.parseLong(hsts.replaceAll("\\D", "")) >= 31536000,
                "HSTS for at least a year, on every answer: " + hsts);
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesTerminatesTlsAtAnIngressWithASecretAndRedirectsPlainHttp() throws IOException {
        Object ingress = yaml(ROOT.resolve("config/k8s/ingress.yaml"));
        assertEquals("Ingress", ((Map<String, Object>) ingress).get("kind"));
        List<Map<String, Object>> tls = (List<Map<String, Object>>) map(ingress, "spec").get("tls");
        assertEquals("ums-tls", tls.get(0).get("secretName"));
        List<String> hosts = (List<String>) tls.get(0).get("hosts");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) map(ingress, "spec").get("rules");
        assertEquals(hosts.get(0), rules.get(0).get("host"), "the rule's host is the certificate's");
        Map<String, Object> path = ((List<Map<String, Object>>) map(rules.get(0), "http").get("paths")).get(0);
        assertEquals("ums-sync-server", map(path, "backend", "service").get("name"));
        assertEquals("http", map(path, "backend", "service", "port").get("name"));
        Map<String, Object> annotations = map(ingress, "metadata", "annotations");
        assertEquals("true", annotations.get("nginx.ingress.kubernetes.io/force-ssl-redirect"));
        assertEquals("50m", annotations.get("nginx.ingress.kubernetes.io/proxy-body-size"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void composePublishesHttpsWithTheCertificateMountedReadOnly() throws IOException {
        Map<String, Object> nginx = map(yaml(ROOT.resolve("config/docker-compose.yml")), "services", "nginx");
        assertTrue(((List<String>) nginx.get("ports")).contains("443:443"));
        assertTrue(((List<String>) nginx.get("volumes")).contains("./tls:/etc/nginx/tls:ro"));
    }

    /** Just enough of nginx's syntax to read the shipped file's server blocks and directives. */
    static final class NginxBlocks {
        static List<String> servers(String conf) {
            List<String> blocks = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*server\\s*\\{").matcher(conf);
            while (m.find()) {
                int depth = 0;
                for (int i = m.end() - 1; i < conf.length(); i++) {
                    depth += conf.charAt(i) == '{' ? 1 : conf.charAt(i) == '}' ? -1 : 0;
                    if (depth == 0) {
                        blocks.add(conf.substring(m.start(), i + 1));
                        break;
                    }
                }
            }
            return blocks;
        }

        static String directive(String block, String name) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*" + java.util.regex.Pattern.quote(name)
                    + "\\s+([^;]*);").matcher(block);
            assertTrue(m.find(), "no " + name);
            return m.group(1).trim();
        }
    }
}
