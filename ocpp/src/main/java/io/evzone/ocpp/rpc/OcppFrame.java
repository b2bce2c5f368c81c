package io.evzone.ocpp.rpc;

import tools.jackson.databind.node.ObjectNode;

/**
 * One OCPP-J RPC frame: the JSON array a WebSocket text message carries. Payloads stay JSON here; the codec
 * turns them into typed messages.
 */
public sealed interface OcppFrame {

    /** The id that pairs a CALL with its CALLRESULT or CALLERROR. */
    String messageId();

    /** The frame's message type. */
    MessageType messageType();

    /** {@code [2, messageId, action, payload]}: a request. */
    record Call(String messageId, String action, ObjectNode payload) implements OcppFrame {
        @Override
        public MessageType messageType() {
            return MessageType.CALL;
        }
    }

    /** {@code [3, messageId, payload]}: the answer to a CALL. */
    record CallResult(String messageId, ObjectNode payload) implements OcppFrame {
        @Override
        public MessageType messageType() {
            return MessageType.CALL_RESULT;
        }
    }

    /** {@code [4, messageId, errorCode, errorDescription, errorDetails]}: a CALL that could not be processed. */
    record CallError(String messageId, String errorCode, String errorDescription, ObjectNode errorDetails)
            implements OcppFrame {
        @Override
        public MessageType messageType() {
            return MessageType.CALL_ERROR;
        }
    }

    /** {@code [5, messageId, errorCode, errorDescription, errorDetails]} (OCPP 2.1): a CALLRESULT that failed. */
    record CallResultError(String messageId, String errorCode, String errorDescription, ObjectNode errorDetails)
            implements OcppFrame {
        @Override
        public MessageType messageType() {
            return MessageType.CALL_RESULT_ERROR;
        }
    }

    /** {@code [6, messageId, action, payload]} (OCPP 2.1): a message that is never answered. */
    record Send(String messageId, String action, ObjectNode payload) implements OcppFrame {
        @Override
        public MessageType messageType() {
            return MessageType.SEND;
        }
    }
}
