package th.ac.ums.server;

import io.helidon.common.tls.Tls;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import th.ac.ums.server.http.ClientAddress;
import th.ac.ums.server.http.ErrorHandling;
import th.ac.ums.server.http.Gatekeeper;
import th.ac.ums.server.http.HttpFilter;
import th.ac.ums.server.http.RouteTable;
import th.ac.ums.server.platform.Health;
import th.ac.ums.server.platform.Infrastructure;
import th.ac.ums.server.platform.ServerTls;
import th.ac.ums.server.platform.Settings;

/**
 * The composition root of the HTTP server: infrastructure, then features, then routing.
 * {@link Main} decides which command runs; this class only wires and starts.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Infrastructure infra;
    private final Features features;
    private final WebServer server;

    private ApiServer(Infrastructure infra, Features features, WebServer server) {
        this.infra = infra;
        this.features = features;
        this.server = server;
    }

    /** Builds and starts the server; logs the contract's ready line. */
    public static ApiServer start(Infrastructure infra) {
        return start(infra, Main.wire(infra));
    }

    /** Starts with the given features (tests add routes of their own). */
    public static ApiServer start(Infrastructure infra, Features features) {
        Settings settings = infra.settings();
        RouteTable routes = features.routes();
        ClientAddress clients = new ClientAddress(settings.list("server.trusted-proxies"));
        long maxBody = settings.longValue("server.max-body-size");
        long maxImport = settings.longValue("server.max-import-size");
        HttpRouting.Builder routing = HttpRouting.builder();
        routing.addFilter(new HttpFilter(infra.metrics(), clients, settings.bool("logging.access-log")));
        ErrorHandling.register(routing);
        routing.get("/observe/metrics", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
            res.send(infra.metrics().scrape());
        });
        routing.get("/openapi", (req, res) -> {
            res.header(HeaderNames.CONTENT_TYPE, "application/yaml; charset=utf-8");
            res.send(openApi());
        });
        Gatekeeper gatekeeper = features.gatekeeper();
        routes.register(routing, gatekeeper, clients, maxBody, maxImport);
        int maxConcurrent = settings.integer("server.max-concurrent-requests");
        Optional<Tls> tls = tls(settings, features);
        var builder = WebServer.builder();
        tls.ifPresent(builder::tls);
        WebServer server = builder
                .host(settings.string("server.host"))
                .port(settings.integer("server.port"))
                .maxPayloadSize(maxImport)
                .maxConcurrentRequests(maxConcurrent)
                .idleConnectionTimeout(settings.duration("server.idle-connection-timeout"))
                // plain sockets: one 8 KiB buffer per connection instead of NIO's two (config/application.yaml);
                // with TLS always NIO: Helidon 4.5's plain-socket TLS ignores the protocol and cipher lists
                .useNio(tls.isPresent() || settings.bool("server.use-nio"))
                // Without TCP_NODELAY a response written in two segments (headers, then a chunked
                // body) waits for the client's delayed ACK: 40 ms per request on Linux.
                .connectionOptions(o -> o.tcpNoDelay(true).socketKeepAlive(true))
                .directHandlers(ErrorHandling.directHandlers())
                .shutdownHook(false)
                .addFeature(Health.feature(infra.db(), infra.redis()))
                .routing(routing)
                .build()
                .start();
        if (!server.isRunning() || server.port() < 0) {
            features.stopping();
            throw new th.ac.ums.server.cli.Exit(1, "cannot listen on " + settings.string("server.host") + ":"
                    + settings.integer("server.port") + " (is the port in use?)");
        }
        ApiServer api = new ApiServer(infra, features, server);
        features.started();
        LOG.info("UMS sync server listening on {}://{}:{}", tls.isPresent() ? "https" : "http",
                settings.string("server.host"), server.port());
        return api;
    }

    private static Optional<Tls> tls(Settings settings, Features features) {
        try {
            return ServerTls.from(settings);
        } catch (IllegalStateException e) {
            features.stopping();
            throw new th.ac.ums.server.cli.Exit(2, e.getMessage());
        }
    }

    static byte[] openApi() {
        try (InputStream in = ApiServer.class.getResourceAsStream("/openapi.yaml")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.port();
    }

    public Infrastructure infrastructure() {
        return infra;
    }

    public Features features() {
        return features;
    }

    /** Stops accepting, lets running requests finish (up to the grace period), closes pools. */
    @Override
    public void close() {
        Duration grace = infra.settings().duration("server.shutdown-grace");
        features.stopping();
        server.stop();
        LOG.info("stopped (grace {})", grace);
    }
}
