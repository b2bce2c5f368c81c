package io.evzone.launcher;

import static org.awaitility.Awaitility.await;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.codec.OutgoingCall;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import io.evzone.ocpp.v201.Ocpp201;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A minimal charge point for end-to-end tests, OCPP 1.6 or 2.0.1: real WebSocket, real frames, typed messages
 * from the project's OCPP library. Besides calling and waiting for the answer it can resend a frame under the
 * same message id, send a call and ignore its answer, and drop the connection and connect again. It records
 * the CALLs the CSMS sends and answers each with what the test registered for its type, else NotImplemented.
 *
 * @param <Q> the version's request type
 * @param <R> the version's response type
 */
final class TestCharger<Q, R> implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final OcppCodec<Q, R> codec;
    private final String url;
    private final String subprotocol;
    private final Map<String, CompletableFuture<Inbound<Q>>> pending = new ConcurrentHashMap<>();
    private final Map<Class<?>, Function<Q, R>> answers = new ConcurrentHashMap<>();
    private final List<Q> received = new CopyOnWriteArrayList<>();
    private volatile WebSocket socket;
    private volatile Listener listener;

    private TestCharger(OcppCodec<Q, R> codec, String url, String subprotocol) throws Exception {
        this.codec = codec;
        this.url = url;
        this.subprotocol = subprotocol;
        open();
    }

    /** An OCPP 1.6 charge point connected to {@code url}. */
    static TestCharger<Ocpp16Request, Ocpp16Response> v16(String url) throws Exception {
        return new TestCharger<>(Ocpp16.codec(Role.CHARGING_STATION), url, "ocpp1.6");
    }

    /** An OCPP 2.0.1 charging station connected to {@code url}. */
    static TestCharger<Ocpp201Request, Ocpp201Response> v201(String url) throws Exception {
        return new TestCharger<>(Ocpp201.codec(Role.CHARGING_STATION), url, "ocpp2.0.1");
    }

    private void open() throws Exception {
        listener = new Listener();
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols(subprotocol)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url), listener)
                .get(20, TimeUnit.SECONDS);
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Encodes a CALL with a fresh message id, to send (and send again) later. */
    OutgoingCall encode(Q request) {
        return codec.encodeCall(request);
    }

    /** Sends the request under a fresh message id and waits for the answer. */
    <T extends R> T call(Q request, Class<T> responseType) throws Exception {
        return call(encode(request), responseType);
    }

    /** Sends the frame (again, if it was sent before: a duplicate with the same message id) and waits for the answer. */
    <T extends R> T call(OutgoingCall call, Class<T> responseType) throws Exception {
        CompletableFuture<Inbound<Q>> answer = new CompletableFuture<>();
        pending.put(call.messageId(), answer);
        socket.sendText(call.frame(), true).get(10, TimeUnit.SECONDS);
        Inbound<Q> inbound = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (!(inbound instanceof Inbound.Result<Q> result)) {
            throw new AssertionError(call.action() + " was answered with " + inbound);
        }
        Decoded<T> decoded = codec.decodeResult(result.frame().payload(), responseType);
        if (!(decoded instanceof Decoded.Valid<T> valid)) {
            throw new AssertionError(call.action() + " answer is not valid: " + decoded);
        }
        return valid.message();
    }

    /** Sends the request and forgets it: its answer, when it comes, is lost on the charger's side. */
    OutgoingCall send(Q request) throws Exception {
        OutgoingCall call = encode(request);
        socket.sendText(call.frame(), true).get(10, TimeUnit.SECONDS);
        return call;
    }

    /** From now on, CSMS-initiated CALLs of this type are answered with {@code answer}. */
    <C extends Q> void answer(Class<C> type, Function<C, R> answer) {
        answers.put(type, request -> answer.apply(type.cast(request)));
    }

    /** The latest CALL of this type the CSMS sent, once one has arrived. */
    <C extends Q> C awaitReceived(Class<C> type) {
        return type.cast(await().atMost(WAIT).until(() -> latest(type), c -> c != null));
    }

    private Q latest(Class<?> type) {
        return received.stream().filter(type::isInstance).reduce((a, b) -> b).orElse(null);
    }

    /** Drops the connection (as a reboot or a network failure does) and connects again under the same id. */
    void reconnect() throws Exception {
        close();
        listener.closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        open();
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
        private final CompletableFuture<Void> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                receive(webSocket, partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(null);
        }

        private void receive(WebSocket webSocket, String text) {
            Inbound<Q> inbound = codec.decode(text);
            switch (inbound) {
                case Inbound.Result<Q> result -> complete(result.frame().messageId(), inbound);
                case Inbound.Error<Q> error -> complete(error.frame().messageId(), inbound);
                case Inbound.Call<Q> call -> {
                    received.add(call.request());
                    webSocket.sendText(answerTo(call), true);
                }
                case Inbound.Rejected<Q> rejected -> webSocket.sendText(codec.encode(rejected.reply()), true);
                case Inbound.Ignored<Q> ignored -> {}
            }
        }

        private String answerTo(Inbound.Call<Q> call) {
            Function<Q, R> answer = answers.get(call.request().getClass());
            return answer == null
                    ? codec.encodeError(call.messageId(), Fault.UNKNOWN_ACTION, "Not in this test charger")
                    : codec.encodeResult(call.messageId(), answer.apply(call.request()));
        }

        private void complete(String messageId, Inbound<Q> inbound) {
            CompletableFuture<Inbound<Q>> future = pending.remove(messageId);
            if (future != null) {
                future.complete(inbound);
            }
        }
    }
}
