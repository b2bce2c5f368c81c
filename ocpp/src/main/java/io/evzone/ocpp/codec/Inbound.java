package io.evzone.ocpp.codec;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.rpc.OcppFrame;

/**
 * What {@link OcppCodec#decode(String)} made of an inbound text frame.
 *
 * @param <Q> the version's request type
 */
public sealed interface Inbound<Q> {

    /** A valid CALL: handle the request, then answer with a CALLRESULT or CALLERROR under the same id. */
    record Call<Q>(String messageId, String action, Q request) implements Inbound<Q> {}

    /** A CALLRESULT: find the action through {@link io.evzone.ocpp.rpc.PendingCalls}, then decode the result. */
    record Result<Q>(OcppFrame.CallResult frame) implements Inbound<Q> {}

    /** A CALLERROR answering one of our CALLs. */
    record Error<Q>(OcppFrame.CallError frame) implements Inbound<Q> {}

    /** A malformed or invalid CALL (or a frame of unknown type): send {@code reply} back. */
    record Rejected<Q>(OcppFrame.CallError reply, Fault fault) implements Inbound<Q> {}

    /**
     * A malformed frame that must not be answered (a broken CALLRESULT or CALLERROR, or an OCPP 2.1 SEND or
     * CALLRESULTERROR): log and drop it. {@code messageId} is {@code "-1"} if it could not be read.
     */
    record Ignored<Q>(String messageId, Fault fault, String description) implements Inbound<Q> {}
}
