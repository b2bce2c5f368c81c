package io.evzone.ocpp.rpc;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * An outgoing CALL waiting for its answer.
 *
 * @param messageId the CALL's id
 * @param action the CALL's action
 * @param deadline when {@link PendingCalls#expire(Instant)} gives up on it
 * @param outcome completed (never exceptionally) when the call is answered, fails, times out or is cancelled
 */
public record PendingCall(String messageId, String action, Instant deadline, CompletableFuture<CallOutcome> outcome) {}
