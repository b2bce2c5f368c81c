package io.evzone.ocpp.rpc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The CALLs one side has sent and not yet seen answered, by message id. Thread-safe and without a thread of its
 * own: whoever owns the clock calls {@link #expire(Instant)}. Futures are completed outside the lock, so their
 * callbacks may call back into this object.
 */
public final class PendingCalls {
    private final int maxInFlight;
    private final Map<String, PendingCall> calls = new HashMap<>();

    /** Without a limit on calls in flight. */
    public PendingCalls() {
        this(Integer.MAX_VALUE);
    }

    /**
     * With a limit on calls in flight. OCPP-J 1.6 §4.1.1 (and 2.0.1 Part 4 §4.1.1): a side SHOULD NOT send a
     * CALL before its earlier CALLs are answered or timed out, which is a limit of 1.
     */
    public PendingCalls(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.maxInFlight = maxInFlight;
    }

    /**
     * Registers a CALL about to be sent.
     *
     * @throws IllegalStateException if the id is already waiting or the limit of calls in flight is reached
     */
    public synchronized PendingCall register(String messageId, String action, Instant deadline) {
        if (calls.containsKey(messageId)) {
            throw new IllegalStateException("A call with message id " + messageId + " is already pending");
        }
        if (calls.size() >= maxInFlight) {
            throw new IllegalStateException(calls.size() + " calls already in flight");
        }
        PendingCall call = new PendingCall(messageId, action, deadline, new CompletableFuture<>());
        calls.put(messageId, call);
        return call;
    }

    /** Whether another call may be registered now. */
    public synchronized boolean hasCapacity() {
        return calls.size() < maxInFlight;
    }

    /** How many calls are waiting. */
    public synchronized int size() {
        return calls.size();
    }

    /**
     * Completes the call a CALLRESULT answers. Empty when no call waits for that id (unknown, or already timed
     * out): the caller decides whether to log it; nothing answers an answer.
     */
    public Optional<PendingCall> complete(OcppFrame.CallResult result) {
        return finish(
                result.messageId(),
                call -> new CallOutcome.Answered(call.messageId(), call.action(), result.payload()));
    }

    /** Completes the call a CALLERROR answers; empty when no call waits for that id. */
    public Optional<PendingCall> complete(OcppFrame.CallError error) {
        return finish(error.messageId(), call -> new CallOutcome.Failed(call.messageId(), call.action(), error));
    }

    private Optional<PendingCall> finish(String messageId, Function<PendingCall, CallOutcome> outcome) {
        PendingCall call = remove(messageId);
        if (call == null) {
            return Optional.empty();
        }
        call.outcome().complete(outcome.apply(call));
        return Optional.of(call);
    }

    /** Times out every call whose deadline is not after {@code now}, and returns them. */
    public List<PendingCall> expire(Instant now) {
        List<PendingCall> expired = new ArrayList<>();
        synchronized (this) {
            for (Iterator<PendingCall> it = calls.values().iterator(); it.hasNext(); ) {
                PendingCall call = it.next();
                if (!call.deadline().isAfter(now)) {
                    it.remove();
                    expired.add(call);
                }
            }
        }
        expired.forEach(call -> call.outcome().complete(new CallOutcome.TimedOut(call.messageId(), call.action())));
        return expired;
    }

    /** Cancels every waiting call, for example when the connection closes, and returns them. */
    public List<PendingCall> cancelAll() {
        List<PendingCall> cancelled;
        synchronized (this) {
            cancelled = new ArrayList<>(calls.values());
            calls.clear();
        }
        cancelled.forEach(call -> call.outcome().complete(new CallOutcome.Cancelled(call.messageId(), call.action())));
        return cancelled;
    }

    private synchronized PendingCall remove(String messageId) {
        return calls.remove(messageId);
    }
}
