package io.evzone.launcher;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.codec.OutgoingCall;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.Ocpp16ChargePointRequest;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A minimal OCPP 1.6 charge point for end-to-end tests: real WebSocket, real frames, typed
 * messages from the project's OCPP library. It answers CSMS-initiated calls with NotImplemented.
 */
final class TestCharger16 implements AutoCloseable {

    private final OcppCodec<Ocpp16Request, Ocpp16Response> codec = Ocpp16.codec(Role.CHARGING_STATION);
    private final Map<String, CompletableFuture<Inbound<Ocpp16Request>>> pending = new ConcurrentHashMap<>();
    private final WebSocket socket;

    private TestCharger16(String url) throws Exception {
        this.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("ocpp1.6")
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url), new Listener())
                .get(20, TimeUnit.SECONDS);
    }

    static TestCharger16 connect(String url) throws Exception {
        return new TestCharger16(url);
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    <T extends Ocpp16Response> T call(Ocpp16ChargePointRequest request, Class<T> responseType) throws Exception {
        OutgoingCall call = codec.encodeCall(request);
        CompletableFuture<Inbound<Ocpp16Request>> answer = new CompletableFuture<>();
        pending.put(call.messageId(), answer);
        socket.sendText(call.frame(), true).get(10, TimeUnit.SECONDS);
        Inbound<Ocpp16Request> inbound = answer.get(30, TimeUnit.SECONDS);
        if (!(inbound instanceof Inbound.Result<Ocpp16Request> result)) {
            throw new AssertionError(call.action() + " was answered with " + inbound);
        }
        Decoded<T> decoded = codec.decodeResult(result.frame().payload(), responseType);
        if (!(decoded instanceof Decoded.Valid<T> valid)) {
            throw new AssertionError(call.action() + " answer is not valid: " + decoded);
        }
        return valid.message();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                .orTimeout(5, TimeUnit.SECONDS)
                .exceptionally(e -> null)
                .join();
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                receive(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void receive(String text) {
            Inbound<Ocpp16Request> inbound = codec.decode(text);
            switch (inbound) {
                case Inbound.Result<Ocpp16Request> result ->
                    complete(result.frame().messageId(), inbound);
                case Inbound.Error<Ocpp16Request> error ->
                    complete(error.frame().messageId(), inbound);
                case Inbound.Call<Ocpp16Request> call ->
                    socket.sendText(
                            codec.encodeError(call.messageId(), Fault.UNKNOWN_ACTION, "Not in this test charger"),
                            true);
                case Inbound.Rejected<Ocpp16Request> rejected -> socket.sendText(codec.encode(rejected.reply()), true);
                case Inbound.Ignored<Ocpp16Request> ignored -> {}
            }
        }

        private void complete(String messageId, Inbound<Ocpp16Request> inbound) {
            CompletableFuture<Inbound<Ocpp16Request>> future = pending.remove(messageId);
            if (future != null) {
                future.complete(inbound);
            }
        }
    }
}
