package io.evzone.gateway.rpc;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.gateway.bridge.GatewayMetrics;
import io.evzone.gateway.registry.ChargerRecord;
import io.evzone.ocpp.Fault;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.rpc.CallOutcome;
import io.evzone.ocpp.rpc.FrameCodec;
import io.evzone.ocpp.rpc.OcppFrame;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * One charger's connection as the RPC layer sees it: who it is, the rate limit, and each text message decoded and
 * handed to the side it belongs to: the charger's CALLs ({@link InboundCalls}) or the answers to ours
 * ({@link OutboundCalls}). Everything here is cheap; domain work happens behind the dialect's futures.
 */
public final class ChargerSession {

    private static final Logger log = LoggerFactory.getLogger(ChargerSession.class);

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
    private final MessageAssembly assembly;
    private final InboundCalls inbound;
    private final OutboundCalls outbound;
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
        this.assembly = new MessageAssembly(settings.maxFrameChars());
        this.inbound = new InboundCalls(this, dialect);
        this.outbound = new OutboundCalls(this, settings);
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
        if (!assembly.add(text, last, this::onText)) {
            settings.messageLog().error("FrameTooLarge");
            close(CloseStatus.TOO_BIG_TO_PROCESS, "message larger than " + settings.maxFrameChars() + " characters");
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
        MessageLog messageLog = settings.messageLog();
        switch (message) {
            case Inbound.Call<?> call -> {
                messageLog.inbound(this, "CALL", call.action(), call.messageId(), text);
                inbound.received(call);
            }
            case Inbound.Result<?> result -> {
                String id = result.frame().messageId();
                messageLog.inbound(this, "CALLRESULT", outbound.actionAnswered(id), id, text);
                if (!outbound.answered(result.frame())) {
                    log.debug("{}: CALLRESULT {} answers no pending call", chargePointId, id);
                }
            }
            case Inbound.Error<?> error -> {
                String id = error.frame().messageId();
                messageLog.inbound(this, "CALLERROR", outbound.actionAnswered(id), id, text);
                outbound.failed(error.frame());
            }
            case Inbound.Rejected<?> rejected -> {
                messageLog.inbound(this, "MALFORMED", null, rejected.reply().messageId(), text);
                messageLog.error(rejected.reply().errorCode());
                sendFrame("CALLERROR", null, rejected.reply().messageId(), dialect.encode(rejected.reply()));
            }
            case Inbound.Ignored<?> ignored -> {
                messageLog.inbound(this, "MALFORMED", null, ignored.messageId(), text);
                messageLog.error("Ignored" + ignored.fault());
            }
        }
    }

    private void refuseOverLimit(String text) {
        settings.messageLog().error("RateLimited");
        if (++rejectedSinceCompliant >= settings.closeAfterRejections()) {
            close(CloseStatus.POLICY_VIOLATION, "message rate limit exceeded");
            return;
        }
        if (dialect.decode(text) instanceof Inbound.Call<?> call) {
            refuse(call, Fault.GENERIC, "Rate limit exceeded, slow down");
        }
    }

    /** Answers a CALL with a CALLERROR at once. */
    void refuse(Inbound.Call<?> call, Fault fault, String description) {
        sendFrame("CALLERROR", call.action(), call.messageId(), dialect.encode(error(call, fault, description)));
    }

    OcppFrame.CallError error(Inbound.Call<?> call, Fault fault, String description) {
        return new FrameCodec(io.evzone.ocpp.OcppVersion.valueOf(version().name()))
                .callError(call.messageId(), fault, description);
    }

    void sendCall(OcppFrame.Call call) {
        sendFrame("CALL", call.action(), call.messageId(), dialect.encode(call));
    }

    void sendFrame(String type, String action, String messageId, String frame) {
        settings.messageLog().outbound(this, type, action, messageId, frame);
        sender.text(frame);
    }

    /** An answer sent before, again, for a resent CALL. */
    void resend(String frame) {
        sender.text(frame);
    }

    /**
     * Sends a CALL to the charger, or queues it behind the one in flight.
     *
     * @param onSent run when the frame is handed to the socket
     * @return how the call ended; never completes exceptionally
     */
    public CompletableFuture<CallOutcome> call(OcppCommand command, Runnable onSent) {
        return outbound.call(command, onSent);
    }

    /** Closes the connection; the handler's close callback cleans up. */
    public void close(CloseStatus status, String reason) {
        closeReason = reason;
        sender.close(status.withReason(reason.length() > 100 ? reason.substring(0, 100) : reason));
    }

    /** The connection is gone: nothing queued or in flight will be answered. */
    public void closed() {
        outbound.cancelAll();
    }
}
