package io.evzone.gateway.rpc;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.gateway.bridge.GatewayMetrics;
import io.evzone.gateway.registry.ChargerRecord;
import io.evzone.ocpp.Fault;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.rpc.CallOutcome;
import io.evzone.ocpp.rpc.MessageIds;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.rpc.PendingCall;
import io.evzone.ocpp.rpc.PendingCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The RPC layer of one charger's connection: CALL/CALLRESULT/CALLERROR correlation, one outstanding
 * CALL per direction (OCPP-J 1.6 §4.1.1, 2.0.1 Part 4 §4.1.1: later CALLs wait in a queue), a
 * timeout per CALL, duplicate message ids, the rate limit, and message assembly up to the maximum
 * size. Everything here is cheap; domain work happens behind the dialect's futures.
 */
public final class ChargerSession {

    private static final Logger log = LoggerFactory.getLogger(ChargerSession.class);
    static final int MAX_QUEUED_INBOUND = 16;
    static final int MAX_QUEUED_OUTBOUND = 64;
    static final int REMEMBERED_ANSWERS = 4;

    /** Settings shared by every session of a node. */
    public record Settings(
            Duration callTimeout,
            int maxFrameChars,
            RateLimits rateLimits,
            int closeAfterRejections,
            ScheduledExecutorService scheduler,
            Executor senders,
            MessageLog messageLog,
            GatewayMetrics metrics) {}

    private record QueuedCall(OcppCommand command, Runnable onSent, CompletableFuture<CallOutcome> result) {}

    private final String chargePointId;
    private final OcppDialect dialect;
    private final WebSocketSession socket;
    private final int securityProfile;
    private final ChargerRecord record;
    private final boolean pendingUnknown;
    private final BootState boot = new BootState();
    private final Instant connectedAt = Instant.now();
    private final Settings settings;
    private final SerialSender sender;
    private final TokenBucket bucket;
    private final PendingCalls pending = new PendingCalls(1);
    private final Deque<QueuedCall> outbound = new ArrayDeque<>();
    private final Deque<Inbound.Call<?>> inbound = new ArrayDeque<>();
    private final Map<String, String> answers = new LinkedHashMap<>(8, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_ANSWERS;
        }
    };
    private String answering;
    private StringBuilder partial;
    private int rejectedSinceCompliant;
    private volatile long lastSeenNanos = System.nanoTime();
    private volatile String closeReason;

    public ChargerSession(
            String chargePointId,
            OcppDialect dialect,
            WebSocketSession socket,
            int securityProfile,
            ChargerRecord record,
            boolean pendingUnknown,
            Settings settings) {
        this.chargePointId = chargePointId;
        this.dialect = dialect;
        this.socket = socket;
        this.securityProfile = securityProfile;
        this.record = record;
        this.pendingUnknown = pendingUnknown;
        this.settings = settings;
        this.sender = new SerialSender(socket, settings.senders(), this::notReading);
        this.bucket = settings.rateLimits().of(chargePointId);
    }

    private void notReading() {
        closeReason = "not reading its messages";
        sender.closeNow(CloseStatus.POLICY_VIOLATION);
    }

    public String chargePointId() {
        return chargePointId;
    }

    public OcppVersion version() {
        return dialect.version();
    }

    public OcppDialect dialect() {
        return dialect;
    }

    public int securityProfile() {
        return securityProfile;
    }

    /** The station service's record, or null for an unknown charger. */
    public ChargerRecord record() {
        return record;
    }

    /** An unknown charger under the {@code pending} policy: BootNotification is answered Pending. */
    public boolean pendingUnknown() {
        return pendingUnknown;
    }

    /** How its boot was answered on this connection, and what the CSMS triggered. */
    public BootState boot() {
        return boot;
    }

    public Instant connectedAt() {
        return connectedAt;
    }

    public String remoteAddress() {
        return socket.getRemoteAddress() == null
                ? null
                : socket.getRemoteAddress().toString();
    }

    public String closeReason() {
        return closeReason;
    }

    public long silentNanos() {
        return System.nanoTime() - lastSeenNanos;
    }

    public void touched() {
        lastSeenNanos = System.nanoTime();
    }

    public void ping() {
        sender.ping();
    }

    public boolean isOpen() {
        return socket.isOpen();
    }

    /** A text message part, as Tomcat hands it over (whole messages up to its buffer size). */
    public void onTextPart(String text, boolean last) {
        touched();
        if (partial == null && last) {
            onText(text);
            return;
        }
        if (partial == null) {
            partial = new StringBuilder(Math.min(settings.maxFrameChars(), text.length() * 4));
        }
        if (partial.length() + text.length() > settings.maxFrameChars()) {
            partial = null;
            settings.messageLog().error("FrameTooLarge");
            close(CloseStatus.TOO_BIG_TO_PROCESS, "message larger than " + settings.maxFrameChars() + " characters");
            return;
        }
        partial.append(text);
        if (last) {
            String whole = partial.toString();
            partial = null;
            onText(whole);
        }
    }

    private void onText(String text) {
        if (!bucket.tryAcquire()) {
            refuseOverLimit(text);
            return;
        }
        if (bucket.atLeastHalfFull()) {
            // The charger has kept to the rate for a while; a flooder that squeezes a message
            // through now and then never gets here and keeps its count.
            rejectedSinceCompliant = 0;
        }
        Inbound<?> message = MalformedUnicode.refusal(text, version()).orElseGet(() -> dialect.decode(text));
        switch (message) {
            case Inbound.Call<?> call -> {
                settings.messageLog().inbound(this, "CALL", call.action(), call.messageId(), text);
                onCall(call);
            }
            case Inbound.Result<?> result -> {
                String action = pendingAction(result.frame().messageId());
                settings.messageLog()
                        .inbound(this, "CALLRESULT", action, result.frame().messageId(), text);
                if (pending.complete(result.frame()).isEmpty()) {
                    log.debug(
                            "{}: CALLRESULT {} answers no pending call",
                            chargePointId,
                            result.frame().messageId());
                }
            }
            case Inbound.Error<?> error -> {
                String action = pendingAction(error.frame().messageId());
                settings.messageLog()
                        .inbound(this, "CALLERROR", action, error.frame().messageId(), text);
                pending.complete(error.frame());
            }
            case Inbound.Rejected<?> rejected -> {
                settings.messageLog()
                        .inbound(this, "MALFORMED", null, rejected.reply().messageId(), text);
                settings.messageLog().error(rejected.reply().errorCode());
                sendFrame("CALLERROR", null, rejected.reply().messageId(), dialect.encode(rejected.reply()));
            }
            case Inbound.Ignored<?> ignored -> {
                settings.messageLog().inbound(this, "MALFORMED", null, ignored.messageId(), text);
                settings.messageLog().error("Ignored" + ignored.fault());
            }
        }
    }

    private String pendingAction(String messageId) {
        return currentCallAction != null && messageId.equals(currentCallId) ? currentCallAction : null;
    }

    private volatile String currentCallId;
    private volatile String currentCallAction;

    private void refuseOverLimit(String text) {
        settings.messageLog().error("RateLimited");
        if (++rejectedSinceCompliant >= settings.closeAfterRejections()) {
            close(CloseStatus.POLICY_VIOLATION, "message rate limit exceeded");
            return;
        }
        if (dialect.decode(text) instanceof Inbound.Call<?> call) {
            sendFrame(
                    "CALLERROR",
                    call.action(),
                    call.messageId(),
                    dialect.encode(new OcppFrame.CallError(
                            call.messageId(),
                            io.evzone.ocpp.RpcErrorCode.GENERIC_ERROR.wireName(),
                            "Rate limit exceeded, slow down",
                            tools.jackson.databind.node.JsonNodeFactory.instance.objectNode())));
        }
    }

    private void onCall(Inbound.Call<?> call) {
        synchronized (this) {
            if (answers.containsKey(call.messageId())) {
                // A retransmission of a CALL we answered: send the same answer again, do not act twice.
                sender.text(answers.get(call.messageId()));
                return;
            }
            if (call.messageId().equals(answering)
                    || inbound.stream().anyMatch(q -> q.messageId().equals(call.messageId()))) {
                return; // a duplicate of a CALL still being answered: the answer is on its way
            }
            if (answering != null) {
                if (inbound.size() >= MAX_QUEUED_INBOUND) {
                    sendFrame(
                            "CALLERROR",
                            call.action(),
                            call.messageId(),
                            dialect.encode(error(call, Fault.GENERIC, "Too many calls without waiting for answers")));
                    return;
                }
                inbound.add(call); // OCPP-J §4.1.1: one CALL at a time; answer in order
                return;
            }
            answering = call.messageId();
        }
        answer(call);
    }

    private void answer(Inbound.Call<?> call) {
        CompletableFuture<String> answer;
        try {
            answer = dialect.answer(this, call);
        } catch (RuntimeException e) {
            log.error("{}: handler failed on {}", chargePointId, call.action(), e);
            answer = CompletableFuture.completedFuture(
                    dialect.encode(error(call, Fault.INTERNAL, "Internal error handling " + call.action())));
        }
        answer.exceptionally(e -> {
                    log.error("{}: handler failed on {}", chargePointId, call.action(), e);
                    return dialect.encode(error(call, Fault.INTERNAL, "Internal error handling " + call.action()));
                })
                .thenAccept(frame -> answered(call, frame));
    }

    private OcppFrame.CallError error(Inbound.Call<?> call, Fault fault, String description) {
        return new io.evzone.ocpp.rpc.FrameCodec(
                        io.evzone.ocpp.OcppVersion.valueOf(version().name()))
                .callError(call.messageId(), fault, description);
    }

    private void answered(Inbound.Call<?> call, String frame) {
        Inbound.Call<?> next;
        synchronized (this) {
            // Remembered before it is sent: a charger may resend the CALL the moment the answer reaches it, and
            // a resend that still found the CALL "being answered" would be dropped with its answer already gone.
            answers.put(call.messageId(), frame);
            next = inbound.poll();
            answering = next == null ? null : next.messageId();
        }
        sendFrame(frame.startsWith("[4") ? "CALLERROR" : "CALLRESULT", call.action(), call.messageId(), frame);
        if (next != null) {
            answer(next);
        }
    }

    private void sendFrame(String type, String action, String messageId, String frame) {
        settings.messageLog().outbound(this, type, action, messageId, frame);
        sender.text(frame);
    }

    /**
     * Sends a CALL to the charger, or queues it behind the one in flight.
     *
     * @param onSent run when the frame is handed to the socket
     * @return how the call ended; never completes exceptionally
     */
    public CompletableFuture<CallOutcome> call(OcppCommand command, Runnable onSent) {
        CompletableFuture<CallOutcome> result = new CompletableFuture<>();
        QueuedCall queued = new QueuedCall(command, onSent, result);
        boolean sendNow;
        synchronized (this) {
            if (!socket.isOpen()) {
                result.complete(new CallOutcome.Cancelled("-", command.action()));
                return result;
            }
            if (outbound.size() >= MAX_QUEUED_OUTBOUND) {
                result.complete(new CallOutcome.Cancelled("-", command.action()));
                return result;
            }
            sendNow = pending.hasCapacity() && outbound.isEmpty();
            if (!sendNow) {
                outbound.add(queued);
            }
        }
        if (sendNow) {
            send(queued);
        }
        return result;
    }

    private void send(QueuedCall queued) {
        String id = MessageIds.random();
        Instant sentAt = Instant.now();
        PendingCall call;
        synchronized (this) {
            call = pending.register(id, queued.command().action(), sentAt.plus(settings.callTimeout()));
            currentCallId = id;
            currentCallAction = queued.command().action();
        }
        call.outcome().whenComplete((outcome, error) -> {
            settings.metrics()
                    .callLatency(
                            queued.command().action(),
                            outcome.getClass().getSimpleName(),
                            Duration.between(sentAt, Instant.now()));
            queued.result().complete(outcome);
            sendNext();
        });
        String frame = dialect.encode(new OcppFrame.Call(
                id, queued.command().action(), queued.command().payload()));
        sendFrame("CALL", queued.command().action(), id, frame);
        queued.onSent().run();
        settings.scheduler()
                .schedule(
                        () -> pending.expire(Instant.now()),
                        settings.callTimeout().toMillis() + 20,
                        TimeUnit.MILLISECONDS);
    }

    private void sendNext() {
        QueuedCall next;
        synchronized (this) {
            if (!pending.hasCapacity() || !socket.isOpen()) {
                return;
            }
            next = outbound.poll();
        }
        if (next != null) {
            send(next);
        }
    }

    /** Closes the connection; the handler's close callback cleans up. */
    public void close(CloseStatus status, String reason) {
        closeReason = reason;
        sender.close(status.withReason(reason.length() > 100 ? reason.substring(0, 100) : reason));
    }

    /** The connection is gone: nothing queued or in flight will be answered. */
    public void closed() {
        pending.cancelAll();
        QueuedCall queued;
        while (true) {
            synchronized (this) {
                queued = outbound.poll();
            }
            if (queued == null) {
                return;
            }
            queued.result()
                    .complete(new CallOutcome.Cancelled("-", queued.command().action()));
        }
    }
}
