package io.evzone.ocpp.rpc;

import tools.jackson.databind.node.ObjectNode;

/** How an outgoing CALL ended. */
public sealed interface CallOutcome {

    /** The id of the CALL. */
    String messageId();

    /** The action of the CALL, needed to type the answer. */
    String action();

    /** The peer answered with a CALLRESULT. */
    record Answered(String messageId, String action, ObjectNode payload) implements CallOutcome {}

    /** The peer answered with a CALLERROR. */
    record Failed(String messageId, String action, OcppFrame.CallError error) implements CallOutcome {}

    /** No answer came before the deadline (OCPP-J 1.6 §4.1.1: the call has timed out). */
    record TimedOut(String messageId, String action) implements CallOutcome {}

    /** The call was given up without an answer, for example because the connection closed. */
    record Cancelled(String messageId, String action) implements CallOutcome {}
}
