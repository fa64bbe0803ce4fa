package th.ac.ums.server.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy for fault tests: forwards to a target, or delays every chunk, or stalls (accepts and
 * holds connections without forwarding a byte: a database or Redis that hangs).
 */
public final class TcpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final String host;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;
    private volatile boolean stalled;
    private volatile boolean running = true;

    public TcpProxy(String host, int targetPort) throws IOException {
        this.server = new ServerSocket(0);
        this.host = host;
        this.targetPort = targetPort;
        Thread.ofVirtual().start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void delay(long millis) {
        this.delayMillis = millis;
    }

    public void stall(boolean on) {
        this.stalled = on;
    }

    /** Closes every connection now (the peer sees a reset), new ones are still accepted. */
    public void cutAll() {
        open.forEach(TcpProxy::quietClose);
        open.clear();
    }

    private void accept() {
        while (running) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(host, targetPort);
                open.add(client);
                open.add(target);
                Thread.ofVirtual().start(() -> pump(client, target));
                Thread.ofVirtual().start(() -> pump(target, client));
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buf = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                while (stalled && running) {
                    Thread.sleep(20);
                }
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed
        } finally {
            quietClose(from);
            quietClose(to);
        }
    }

    private static void quietClose(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        running = false;
        cutAll();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
