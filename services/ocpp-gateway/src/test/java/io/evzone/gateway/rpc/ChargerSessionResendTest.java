package io.evzone.gateway.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.gateway.bridge.EventBridge;
import io.evzone.gateway.bridge.GatewayMetrics;
import io.evzone.gateway.config.GatewayProperties;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.platform.messaging.EventPublisher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.support.SendResult;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.node.ObjectNode;

/**
 * OCPP-J 1.6 §4.1.1 / 2.0.1 Part 4 §4.2.1: a CALL resent under the same message id gets the same answer again.
 * The charger here resends the instant the first answer reaches it, before the connection's bookkeeping after
 * the send could run (what made a real charger wait for an answer that never came, once in a CI run).
 */
class ChargerSessionResendTest {

    private static final String HEARTBEAT = "[2,\"hb-1\",\"Heartbeat\",{}]";
    private static final String ANSWER = "[3,\"hb-1\",{\"currentTime\":\"2026-12-06T18:00:00Z\"}]";

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final GatewayMetrics metrics = new GatewayMetrics(new SimpleMeterRegistry());
    private final EventBridge bridge = new EventBridge(new NothingPublished(), metrics);
    private final RecordingSocket socket = new RecordingSocket();
    private int dialectAnswers;

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void aCallResentTheMomentItsAnswerArrivesIsAnsweredAgainWithoutHandlingItTwice() {
        ChargerSession session = session();
        socket.onSent = frame -> {
            if (socket.sent.size() == 1) {
                session.onTextPart(HEARTBEAT, true);
            }
        };

        session.onTextPart(HEARTBEAT, true);

        assertThat(socket.sent).containsExactly(ANSWER, ANSWER);
        assertThat(dialectAnswers).as("the resend is not handled a second time").isEqualTo(1);
    }

    private ChargerSession session() {
        GatewayProperties properties = new GatewayProperties(
                "node", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        ChargerSession.Settings settings = new ChargerSession.Settings(
                Duration.ofSeconds(30),
                65_536,
                new RateLimits(20, 50),
                100,
                scheduler,
                Runnable::run, // frames are written on the calling thread: the resend happens inside the send
                new MessageLog(bridge, metrics, properties),
                metrics);
        return new ChargerSession("CP-RESEND", new HeartbeatOnly(), socket, 0, null, false, settings);
    }

    /** Understands one frame, the heartbeat, and counts how often it is asked to answer it. */
    private final class HeartbeatOnly implements OcppDialect {
        @Override
        public OcppVersion version() {
            return OcppVersion.V16;
        }

        @Override
        public Inbound<?> decode(String text) {
            return new Inbound.Call<>("hb-1", "Heartbeat", null);
        }

        @Override
        public String encode(OcppFrame frame) {
            throw new UnsupportedOperationException(frame.toString());
        }

        @Override
        public CompletableFuture<String> answer(ChargerSession session, Inbound.Call<?> call) {
            dialectAnswers++;
            return CompletableFuture.completedFuture(ANSWER);
        }

        @Override
        public Translation translate(ChargerCommand command) {
            throw new UnsupportedOperationException(command.operation());
        }

        @Override
        public Decoded<?> decodeResult(String action, ObjectNode payload) {
            throw new UnsupportedOperationException(action);
        }
    }

    /** The message log's records go nowhere; this test is about the frames on the socket. */
    private static final class NothingPublished extends EventPublisher {
        NothingPublished() {
            super(null, null, "test");
        }

        @Override
        public <T> CompletableFuture<SendResult<String, String>> publish(String topic, String subject, T payload) {
            return CompletableFuture.completedFuture(null);
        }
    }

    /** The charger's end of the socket: what was sent to it, and what it does on receiving each frame. */
    private static final class RecordingSocket implements WebSocketSession {
        final List<String> sent = new CopyOnWriteArrayList<>();
        Consumer<String> onSent = frame -> {};

        @Override
        public void sendMessage(WebSocketMessage<?> message) {
            String frame = ((TextMessage) message).getPayload();
            sent.add(frame);
            onSent.accept(frame);
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public String getId() {
            return "socket";
        }

        @Override
        public URI getUri() {
            return URI.create("ws://localhost/ocpp/CP-RESEND");
        }

        @Override
        public HttpHeaders getHandshakeHeaders() {
            return new HttpHeaders();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of();
        }

        @Override
        public Principal getPrincipal() {
            return null;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return null;
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return null;
        }

        @Override
        public String getAcceptedProtocol() {
            return "ocpp1.6";
        }

        @Override
        public void setTextMessageSizeLimit(int messageSizeLimit) {}

        @Override
        public int getTextMessageSizeLimit() {
            return 65_536;
        }

        @Override
        public void setBinaryMessageSizeLimit(int messageSizeLimit) {}

        @Override
        public int getBinaryMessageSizeLimit() {
            return 0;
        }

        @Override
        public List<WebSocketExtension> getExtensions() {
            return List.of();
        }

        @Override
        public void close() {}

        @Override
        public void close(CloseStatus status) {}
    }
}
