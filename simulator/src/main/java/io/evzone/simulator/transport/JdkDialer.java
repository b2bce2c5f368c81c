package io.evzone.simulator.transport;

import io.evzone.ocpp.OcppVersion;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens charger connections with the JDK's non-blocking WebSocket client. One {@link HttpClient} (one selector
 * thread) per source address serves thousands of connections; spreading them over several loopback source
 * addresses (127.0.0.1, 127.0.0.2, ...) passes the ~28k ephemeral ports of one address.
 */
public final class JdkDialer implements Dialer, AutoCloseable {
    private final String baseUrl;
    private final boolean tls;
    private final SecurityOptions security;
    private final Duration connectTimeout;
    private final ExecutorService executor;
    private final List<HttpClient> clients = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    public JdkDialer(
            URI url,
            SecurityOptions security,
            List<InetAddress> sourceAddresses,
            Duration connectTimeout,
            int ioThreads) {
        this.baseUrl = url.toString().replaceAll("/+$", "");
        this.tls = "wss".equalsIgnoreCase(url.getScheme());
        this.security = security;
        this.connectTimeout = connectTimeout;
        this.executor = Executors.newFixedThreadPool(ioThreads, daemonThreads());
        var tls = security.needsCustomTls() ? TlsContexts.create(security) : null;
        List<InetAddress> addresses =
                sourceAddresses.isEmpty() ? java.util.Collections.singletonList(null) : sourceAddresses;
        for (InetAddress address : addresses) {
            HttpClient.Builder builder = HttpClient.newBuilder()
                    .executor(executor)
                    .connectTimeout(connectTimeout)
                    .version(HttpClient.Version.HTTP_1_1);
            if (tls != null) {
                builder.sslContext(tls);
            }
            if (address != null) {
                builder.localAddress(address);
            }
            clients.add(builder.build());
        }
    }

    @Override
    public CompletableFuture<Link> dial(String chargerId, OcppVersion version, LinkListener listener) {
        HttpClient client = clients.get(Math.floorMod(next.getAndIncrement(), clients.size()));
        JdkLink link = new JdkLink(listener);
        WebSocket.Builder builder =
                client.newWebSocketBuilder().subprotocols(version.subprotocol()).connectTimeout(connectTimeout);
        if (security.password() != null) {
            builder.header("Authorization", basic(chargerId, security.password()));
        }
        return builder.buildAsync(URI.create(baseUrl + "/" + chargerId), link).handle((socket, error) -> {
            if (error != null) {
                Throwable cause = unwrapped(error);
                if (cause instanceof WebSocketHandshakeException refused) {
                    throw new CompletionException(new DialRefused(
                            refused.getResponse().statusCode(),
                            DialRefused.retryAfter(refused.getResponse()
                                    .headers()
                                    .firstValue("Retry-After")
                                    .orElse(null))));
                }
                throw new CompletionException(tls ? TlsFailures.explain(cause, security) : cause);
            }
            // OCPP-J 1.6 §3.1.2: without the agreed subprotocol the connection is useless; drop it.
            if (!version.subprotocol().equals(socket.getSubprotocol())) {
                socket.abort();
                throw new CompletionException(new IOException("server did not accept subprotocol "
                        + version.subprotocol() + " (got '" + socket.getSubprotocol() + "')"));
            }
            return link;
        });
    }

    private static Throwable unwrapped(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    static String basic(String user, String password) {
        String token = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    /** How many HTTP clients (selector threads, source addresses) this dialer spreads connections over. */
    public int clientCount() {
        return clients.size();
    }

    @Override
    public void close() {
        clients.forEach(HttpClient::shutdownNow);
        executor.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "sim-io-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
