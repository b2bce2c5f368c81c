package io.evzone.ocpp;

/** Fault to error code for OCPP 2.0.1 and 2.1, after OCPP 2.0.1 Part 4 §4.3 table 8 (2.1 Part 4 §4.3 is equal). */
final class Ocpp2ErrorCodes {
    private Ocpp2ErrorCodes() {}

    static RpcErrorCode of(Fault fault) {
        return switch (fault) {
            // "Content of the call is not a valid RPC Request, for example: MessageId could not be read."
            case INVALID_JSON, INVALID_FRAME, INVALID_MESSAGE_ID -> RpcErrorCode.RPC_FRAMEWORK_ERROR;
            // OCPP 2.0.1 Part 4 §4.4: an unknown message type is answered with MessageTypeNotSupported.
            case UNSUPPORTED_MESSAGE_TYPE -> RpcErrorCode.MESSAGE_TYPE_NOT_SUPPORTED;
            case UNKNOWN_ACTION -> RpcErrorCode.NOT_IMPLEMENTED;
            case UNSUPPORTED_ACTION -> RpcErrorCode.NOT_SUPPORTED;
            // "Payload for Action is syntactically incorrect"
            case INVALID_PAYLOAD -> RpcErrorCode.FORMAT_VIOLATION;
            // "Payload for Action is not conform the PDU structure"
            case UNKNOWN_PROPERTY -> RpcErrorCode.PROTOCOL_ERROR;
            case MISSING_PROPERTY, WRONG_CARDINALITY -> RpcErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION;
            case WRONG_TYPE -> RpcErrorCode.TYPE_CONSTRAINT_VIOLATION;
            case INVALID_VALUE -> RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
            case SECURITY -> RpcErrorCode.SECURITY_ERROR;
            case INTERNAL -> RpcErrorCode.INTERNAL_ERROR;
            case GENERIC -> RpcErrorCode.GENERIC_ERROR;
        };
    }
}
