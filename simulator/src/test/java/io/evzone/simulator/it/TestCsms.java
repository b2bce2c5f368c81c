package io.evzone.simulator.it;

import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.codec.OutgoingCall;
import io.evzone.ocpp.rpc.CallOutcome;
import io.evzone.ocpp.rpc.PendingCalls;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v201.Ocpp201;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.protocols.Protocol;
import org.java_websocket.server.DefaultSSLWebSocketServerFactory;
import org.java_websocket.server.SSLParametersWebSocketServerFactory;
import org.java_websocket.server.WebSocketServer;

/**
 * A small CSMS for tests: accepts both versions, answers every charger CALL (through a per-version answering
 * function), counts what it saw, and can send commands to a charger. With {@link #tls} it serves {@code wss://}
 * (security profiles 2 and 3) and records what each charger presented at the handshake.
 */
public final class TestCsms extends WebSocketServer {
    public final LongAdder errors = new LongAdder();
    public final Map<String, Counts> chargers = new ConcurrentHashMap<>();
    private final Function<Object, Object> answers16;
    private final Function<Object, Object> answers201;
    private final CountDownLatch started = new CountDownLatch(1);
    private boolean tls;

    /** What one charger sent. */
    public static final class Counts {
        public final Map<String, AtomicInteger> actions = new ConcurrentHashMap<>();
        volatile WebSocket socket;
        volatile OcppVersion version;
        final PendingCalls pending = new PendingCalls();
        /** The Authorization header of the last handshake; empty when there was none. */
        public volatile String authorization;
        /** The client certificate of the last TLS handshake, or null. */
        public volatile X509Certificate clientCertificate;

        public int count(String action) {
            AtomicInteger n = actions.get(action);
            return n == null ? 0 : n.get();
        }
    }

    public TestCsms(Function<Object, Object> answers16, Function<Object, Object> answers201) {
        this(0, answers16, answers201);
    }

    public TestCsms(int port, Function<Object, Object> answers16, Function<Object, Object> answers201) {
        super(
                new InetSocketAddress("127.0.0.1", port),
                List.of(new Draft_6455(List.of(), List.of(new Protocol("ocpp1.6"), new Protocol("ocpp2.0.1")))));
        this.answers16 = answers16;
        this.answers201 = answers201;
        setReuseAddr(true);
        setTcpNoDelay(true);
        // The JDK default accept backlog (50) drops SYNs when thousands of chargers connect at once.
        setMaxPendingConnections(16_384);
    }

    public TestCsms startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("test CSMS did not start");
        }
        return this;
    }

    /**
     * Serves TLS with the context's certificate; {@code requireClientCertificate} refuses clients without one that
     * the context trusts (security profile 3). Call before {@link #startAndWait()}.
     */
    public TestCsms tls(SSLContext context, boolean requireClientCertificate) {
        if (requireClientCertificate) {
            SSLParameters parameters = context.getDefaultSSLParameters();
            parameters.setNeedClientAuth(true);
            setWebSocketFactory(new SSLParametersWebSocketServerFactory(context, new InlineExecutor(), parameters));
        } else {
            setWebSocketFactory(new DefaultSSLWebSocketServerFactory(context, new InlineExecutor()));
        }
        tls = true;
        return this;
    }

    public String url() {
        return (tls ? "wss" : "ws") + "://127.0.0.1:" + getPort() + "/ocpp";
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        String path = handshake.getResourceDescriptor();
        String id = path.substring(path.lastIndexOf('/') + 1);
        String subprotocol = ((Draft_6455) socket.getDraft()).getProtocol().getProvidedProtocol();
        Counts counts = chargers.computeIfAbsent(id, k -> new Counts());
        counts.socket = socket;
        counts.version = OcppVersion.fromSubprotocol(subprotocol).orElseThrow();
        counts.authorization = handshake.getFieldValue("Authorization");
        counts.clientCertificate = socket.hasSSLSupport() ? clientCertificate(socket) : null;
        socket.setAttachment(counts);
    }

    private static X509Certificate clientCertificate(WebSocket socket) {
        try {
            return (X509Certificate) socket.getSSLSession().getPeerCertificates()[0];
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        Counts counts = socket.getAttachment();
        if (counts.version == OcppVersion.V16) {
            handle(socket, counts, Ocpp16.codec(Role.CSMS), text, answers16);
        } else {
            handle(socket, counts, Ocpp201.codec(Role.CSMS), text, answers201);
        }
    }

    @SuppressWarnings("unchecked")
    private <Q, R> void handle(
            WebSocket socket, Counts counts, OcppCodec<Q, R> codec, String text, Function<Object, Object> answers) {
        switch (codec.decode(text)) {
            case Inbound.Call<Q> call -> {
                counts.actions
                        .computeIfAbsent(call.action(), a -> new AtomicInteger())
                        .incrementAndGet();
                socket.send(codec.encodeResult(call.messageId(), (R) answers.apply(call.request())));
            }
            case Inbound.Result<Q> result -> counts.pending.complete(result.frame());
            case Inbound.Error<Q> error -> {
                errors.increment();
                counts.pending.complete(error.frame());
            }
            case Inbound.Rejected<Q> rejected -> {
                errors.increment();
                socket.send(codec.encode(rejected.reply()));
            }
            case Inbound.Ignored<Q> ignored -> errors.increment();
        }
    }

    /** Sends a command to a charger; the future gets its typed answer (or fails). */
    public <Q, R> CompletableFuture<R> send(String chargerId, OcppCodec<Q, R> codec, Q request) {
        Counts counts = chargers.get(chargerId);
        OutgoingCall call = codec.encodeCall(request);
        var outcome = counts.pending
                .register(call.messageId(), call.action(), Instant.MAX)
                .outcome();
        counts.socket.send(call.frame());
        return outcome.thenApply(result -> switch (result) {
            case CallOutcome.Answered answered ->
                switch (codec.decodeResult(answered)) {
                    case Decoded.Valid<R> valid -> valid.message();
                    case Decoded.Invalid<R> invalid -> throw new IllegalStateException(invalid.description());
                };
            default -> throw new IllegalStateException("no answer: " + result);
        });
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer message) {
        errors.increment();
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket socket, Exception error) {
        errors.increment();
    }
}
