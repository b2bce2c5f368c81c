package io.evzone.simulator.charger;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.codec.OutgoingCall;
import io.evzone.ocpp.rpc.CallOutcome;
import io.evzone.ocpp.rpc.PendingCalls;
import io.evzone.simulator.transport.Link;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.function.Function;

/**
 * The charger's half of OCPP-J RPC: a queue of CALLs sent one at a time (OCPP-J 1.6 §4.1.1), answers matched by
 * message id, timeouts, and CALLs from the CSMS handed to the charger. Not thread-safe: its charger calls it under
 * its own lock, which timer callbacks take too.
 */
final class RpcChannel<Q, R> {
    private static final int TRANSACTION_ATTEMPTS = 3;

    private final Object lock;
    private final String chargerId;
    private final OcppCodec<Q, R> codec;
    private final Timers timers;
    private final ChargerEvents events;
    private final Duration callTimeout;
    private final Runnable afterCall;
    private final ArrayDeque<Outgoing<Q, R>> queue = new ArrayDeque<>(4);
    private final PendingCalls pending = new PendingCalls(1);
    private Link link;
    private Outgoing<Q, R> inFlight;
    private String inFlightId;
    private Timers.Cancellable timeout = Timers.Cancellable.NONE;

    RpcChannel(
            Object lock,
            String chargerId,
            OcppCodec<Q, R> codec,
            Timers timers,
            ChargerEvents events,
            Duration callTimeout,
            Runnable afterCall) {
        this.lock = lock;
        this.chargerId = chargerId;
        this.codec = codec;
        this.timers = timers;
        this.events = events;
        this.callTimeout = callTimeout;
        this.afterCall = afterCall;
    }

    void attach(Link newLink) {
        this.link = newLink;
    }

    /** The connection is gone: the call in flight goes back to the queue if it must survive, the rest is dropped. */
    void detach() {
        link = null;
        pending.cancelAll();
        queue.removeIf(call -> call.kind() != Outgoing.Kind.TRANSACTION);
    }

    boolean online() {
        return link != null;
    }

    /** Nothing queued and nothing in flight. */
    boolean idle() {
        return queue.isEmpty() && inFlight == null;
    }

    /** Whether transaction messages are waiting (2.0.1 GetTransactionStatus.messagesInQueue). */
    boolean transactionMessagesQueued() {
        return queue.stream().anyMatch(call -> call.kind() == Outgoing.Kind.TRANSACTION);
    }

    void enqueue(Outgoing<Q, R> call) {
        if (call.kind() == Outgoing.Kind.BOOT) {
            queue.addFirst(call);
        } else if (online() || call.kind() == Outgoing.Kind.TRANSACTION) {
            queue.addLast(call);
        }
    }

    /** Sends the next call if none is in flight; before acceptance only a BootNotification may go. */
    void pump(boolean accepted) {
        while (online() && inFlight == null && !queue.isEmpty()) {
            Outgoing<Q, R> next = queue.peekFirst();
            if (!accepted && next.kind() != Outgoing.Kind.BOOT) {
                return;
            }
            queue.pollFirst();
            send(next);
        }
    }

    private void send(Outgoing<Q, R> call) {
        OutgoingCall frame;
        try {
            frame = codec.encodeCall(call.request());
        } catch (IllegalArgumentException e) { // includes OcppEncodingException: our bug, not the peer's
            events.error(chargerId, "cannot encode: " + e.getMessage());
            return;
        }
        inFlight = call;
        inFlightId = frame.messageId();
        long sentAt = System.nanoTime();
        pending.register(frame.messageId(), frame.action(), Instant.MAX)
                .outcome()
                .thenAccept(outcome -> finished(call, outcome, sentAt));
        String messageId = frame.messageId();
        timeout = timers.schedule(callTimeout, () -> expire(messageId));
        link.send(frame.frame());
        events.frameSent();
    }

    private void expire(String messageId) {
        synchronized (lock) {
            // Only this call: the timer of an earlier call may fire late, after its answer.
            if (messageId.equals(inFlightId)) {
                pending.expire(Instant.MAX);
            }
        }
    }

    private void finished(Outgoing<Q, R> call, CallOutcome outcome, long sentAt) {
        timeout.cancel();
        inFlight = null;
        inFlightId = null;
        switch (outcome) {
            case CallOutcome.Answered answered -> {
                events.callAnswered(answered.action(), System.nanoTime() - sentAt);
                switch (codec.decodeResult(answered)) {
                    case Decoded.Valid<R> valid -> call.answered(valid.message());
                    case Decoded.Invalid<R> invalid ->
                        failed(call, answered.action() + " answer invalid: " + invalid.description());
                }
            }
            case CallOutcome.Failed failed ->
                failed(
                        call,
                        failed.action() + " got CALLERROR " + failed.error().errorCode() + " "
                                + failed.error().errorDescription());
            case CallOutcome.TimedOut timedOut -> failed(call, timedOut.action() + " timed out");
            case CallOutcome.Cancelled cancelled -> cancelled(call);
        }
        afterCall.run();
    }

    private void cancelled(Outgoing<Q, R> call) {
        // The connection dropped: a transaction message is sent again, first, on reconnect.
        if (call.kind() == Outgoing.Kind.TRANSACTION) {
            queue.addFirst(call);
        }
    }

    private void failed(Outgoing<Q, R> call, String why) {
        events.error(chargerId, why);
        // OCPP 1.6 §4.7: a transaction message the CSMS failed to take is retried (TransactionMessageAttempts).
        if (call.kind() == Outgoing.Kind.TRANSACTION && call.attempt() < TRANSACTION_ATTEMPTS) {
            queue.addFirst(call);
        } else {
            call.failed();
        }
    }

    /** Handles one inbound frame; CALLs go to {@code handler}, whose answer (or CALLERROR) is sent back. */
    void receive(String text, Function<Inbound.Call<Q>, R> handler) {
        events.frameReceived();
        switch (codec.decode(text)) {
            case Inbound.Call<Q> call -> reply(call, handler);
            case Inbound.Result<Q> result -> {
                if (pending.complete(result.frame()).isEmpty()) {
                    events.error(
                            chargerId,
                            "CALLRESULT for unknown message id "
                                    + result.frame().messageId());
                }
            }
            case Inbound.Error<Q> error -> {
                if (pending.complete(error.frame()).isEmpty()) {
                    events.error(
                            chargerId,
                            "CALLERROR for unknown message id " + error.frame().messageId());
                }
            }
            case Inbound.Rejected<Q> rejected -> {
                events.error(chargerId, "rejected frame: " + rejected.reply().errorDescription());
                sendFrame(codec.encode(rejected.reply()));
            }
            case Inbound.Ignored<Q> ignored -> events.error(chargerId, "ignored frame: " + ignored.description());
        }
    }

    private void reply(Inbound.Call<Q> call, Function<Inbound.Call<Q>, R> handler) {
        String frame;
        try {
            frame = codec.encodeResult(call.messageId(), handler.apply(call));
        } catch (RuntimeException e) {
            events.error(chargerId, "failed to handle " + call.action() + ": " + e);
            frame = codec.encodeError(call.messageId(), Fault.INTERNAL, String.valueOf(e.getMessage()));
        }
        sendFrame(frame);
    }

    private void sendFrame(String frame) {
        if (link != null) {
            link.send(frame);
            events.frameSent();
        }
    }
}
