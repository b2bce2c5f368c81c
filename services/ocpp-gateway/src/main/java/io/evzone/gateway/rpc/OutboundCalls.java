package io.evzone.gateway.rpc;

import io.evzone.ocpp.rpc.CallOutcome;
import io.evzone.ocpp.rpc.MessageIds;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.rpc.PendingCall;
import io.evzone.ocpp.rpc.PendingCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Our CALLs to one charger: one in flight (OCPP-J 1.6 §4.1.1, 2.0.1 Part 4 §4.1.1), later ones queued, each ended by
 * the charger's CALLRESULT or CALLERROR, its timeout, or the connection's end.
 */
final class OutboundCalls {

    static final int MAX_QUEUED = 64;

    private record QueuedCall(OcppCommand command, Runnable onSent, CompletableFuture<CallOutcome> result) {}

    private final ChargerSession session;
    private final ChargerSession.Settings settings;
    private final PendingCalls pending = new PendingCalls(1);
    private final Deque<QueuedCall> queued = new ArrayDeque<>();
    private volatile String currentCallId;
    private volatile String currentCallAction;

    OutboundCalls(ChargerSession session, ChargerSession.Settings settings) {
        this.session = session;
        this.settings = settings;
    }

    CompletableFuture<CallOutcome> call(OcppCommand command, Runnable onSent) {
        CompletableFuture<CallOutcome> result = new CompletableFuture<>();
        QueuedCall call = new QueuedCall(command, onSent, result);
        boolean sendNow;
        synchronized (this) {
            if (!session.isOpen() || queued.size() >= MAX_QUEUED) {
                result.complete(new CallOutcome.Cancelled("-", command.action()));
                return result;
            }
            sendNow = pending.hasCapacity() && queued.isEmpty();
            if (!sendNow) {
                queued.add(call);
            }
        }
        if (sendNow) {
            send(call);
        }
        return result;
    }

    /** The action of our CALL this message id answers, if it is the one in flight. */
    String actionAnswered(String messageId) {
        return currentCallAction != null && messageId.equals(currentCallId) ? currentCallAction : null;
    }

    /** @return whether the CALLRESULT answered the CALL in flight */
    boolean answered(OcppFrame.CallResult result) {
        return pending.complete(result).isPresent();
    }

    void failed(OcppFrame.CallError error) {
        pending.complete(error);
    }

    /** The connection is gone: nothing queued or in flight will be answered. */
    void cancelAll() {
        pending.cancelAll();
        QueuedCall call;
        while (true) {
            synchronized (this) {
                call = queued.poll();
            }
            if (call == null) {
                return;
            }
            call.result().complete(new CallOutcome.Cancelled("-", call.command().action()));
        }
    }

    private void send(QueuedCall queuedCall) {
        OcppCommand command = queuedCall.command();
        String id = MessageIds.random();
        Instant sentAt = Instant.now();
        PendingCall call;
        synchronized (this) {
            call = pending.register(id, command.action(), sentAt.plus(settings.callTimeout()));
            currentCallId = id;
            currentCallAction = command.action();
        }
        call.outcome().whenComplete((outcome, error) -> {
            settings.metrics()
                    .callLatency(
                            command.action(),
                            outcome.getClass().getSimpleName(),
                            Duration.between(sentAt, Instant.now()));
            queuedCall.result().complete(outcome);
            sendNext();
        });
        session.sendCall(new OcppFrame.Call(id, command.action(), command.payload()));
        queuedCall.onSent().run();
        settings.scheduler()
                .schedule(
                        () -> pending.expire(Instant.now()),
                        settings.callTimeout().toMillis() + 20,
                        TimeUnit.MILLISECONDS);
    }

    private void sendNext() {
        QueuedCall next;
        synchronized (this) {
            if (!pending.hasCapacity() || !session.isOpen()) {
                return;
            }
            next = queued.poll();
        }
        if (next != null) {
            send(next);
        }
    }
}
