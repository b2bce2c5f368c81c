package io.evzone.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;
import org.awaitility.Awaitility;

/** A charge point made of raw frames over the JDK's WebSocket client, for tests that need exact bytes. */
public final class RawCharger implements AutoCloseable {

    public final List<String> received = new CopyOnWriteArrayList<>();
    public final CompletableFuture<Integer> closed;
    private final WebSocket socket;
    private volatile Function<String, String> responder = call -> null;

    private RawCharger(WebSocket socket, CompletableFuture<Integer> closed) {
        this.socket = socket;
        this.closed = closed;
    }

    /** Connects, or throws {@link HandshakeRefused} with the HTTP status. */
    public static RawCharger connect(String url, String password, SSLContext tls, String... subprotocols) {
        return connect(url, password, tls, null, subprotocols);
    }

    /** Connects over TLS limited to {@code tlsProtocols} (null: the JDK's defaults), or throws {@link HandshakeRefused}. */
    public static RawCharger connect(
            String url, String password, SSLContext tls, List<String> tlsProtocols, String... subprotocols) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (tls != null) {
            client.sslContext(tls);
            if (tlsProtocols != null) {
                javax.net.ssl.SSLParameters parameters = tls.getDefaultSSLParameters();
                parameters.setProtocols(tlsProtocols.toArray(String[]::new));
                client.sslParameters(parameters);
            }
        }
        WebSocket.Builder builder = client.build().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], java.util.Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        if (password != null) {
            String id = url.substring(url.lastIndexOf('/') + 1);
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (java.net.URLDecoder.decode(id, StandardCharsets.UTF_8) + ":" + password)
                                                    .getBytes(StandardCharsets.UTF_8)));
        }
        Listener listener = new Listener();
        try {
            WebSocket socket = builder.buildAsync(URI.create(url), listener).join();
            RawCharger charger = new RawCharger(socket, listener.closed);
            listener.charger = charger;
            listener.pending.forEach(charger::onText);
            return charger;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new HandshakeRefused(
                        refused.getResponse().statusCode(),
                        refused.getResponse()
                                .headers()
                                .firstValue("Retry-After")
                                .orElse(null));
            }
            throw e;
        }
    }

    /** Connects over plain ws with HTTP Basic credentials (security profile 1). */
    public static RawCharger connectWithPassword(String url, String password, String... subprotocols) {
        return connect(url, password, null, null, subprotocols);
    }

    public static RawCharger connect(String url, String... subprotocols) {
        return connect(url, null, null, subprotocols);
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Answers the gateway's CALLs: the function gets the CALL frame, returns the reply frame (or null). */
    public RawCharger answering(Function<String, String> responder) {
        this.responder = responder;
        return this;
    }

    public void send(String frame) {
        socket.sendText(frame, true).join();
    }

    public void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** Waits for a received frame matching the predicate. */
    public String await(Predicate<String> match) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> received.stream().filter(match).findFirst().orElse(null), f -> f != null);
    }

    /** Waits for the answer to the CALL with this message id. */
    public String answerTo(String messageId) {
        return await(
                frame -> frame.startsWith("[3,\"" + messageId + "\"") || frame.startsWith("[4,\"" + messageId + "\""));
    }

    public int awaitClose() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> closed.getNow(null), c -> c != null);
    }

    private void onText(String frame) {
        received.add(frame);
        if (frame.startsWith("[2,")) {
            String reply = responder.apply(frame);
            if (reply != null) {
                socket.sendText(reply, true);
            }
        }
    }

    /** The message id of a CALL frame. */
    public static String messageId(String frame) {
        int start = frame.indexOf('"') + 1;
        return frame.substring(start, frame.indexOf('"', start));
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    /** The server refused the upgrade. */
    public static final class HandshakeRefused extends RuntimeException {
        public final int status;
        public final String retryAfter;

        HandshakeRefused(int status, String retryAfter) {
            super("handshake refused with HTTP " + status);
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }

    private static final class Listener implements WebSocket.Listener {
        volatile RawCharger charger;
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final List<String> pending = new CopyOnWriteArrayList<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String frame = text.toString();
                text.setLength(0);
                if (charger == null) {
                    pending.add(frame);
                } else {
                    charger.onText(frame);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
