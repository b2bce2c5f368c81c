package io.evzone.ocpp;

/** OCPP 1.6 has no RPC-level error codes; each fault maps to the closest code of OCPP-J 1.6 §4.2.3 table 7. */
final class Ocpp16ErrorCodes {
    private Ocpp16ErrorCodes() {}

    static RpcErrorCode of(Fault fault) {
        return switch (fault) {
            // "Payload for Action is syntactically incorrect or not conform the PDU structure for Action"
            case INVALID_JSON, INVALID_PAYLOAD, UNKNOWN_PROPERTY -> RpcErrorCode.FORMATION_VIOLATION;
            // The RPC wrapper itself is broken or incomplete; 1.6 defines nothing closer than ProtocolError.
            case INVALID_FRAME, INVALID_MESSAGE_ID, UNSUPPORTED_MESSAGE_TYPE -> RpcErrorCode.PROTOCOL_ERROR;
            case UNKNOWN_ACTION -> RpcErrorCode.NOT_IMPLEMENTED;
            case UNSUPPORTED_ACTION -> RpcErrorCode.NOT_SUPPORTED;
            case MISSING_PROPERTY, WRONG_CARDINALITY -> RpcErrorCode.OCCURENCE_CONSTRAINT_VIOLATION;
            case WRONG_TYPE -> RpcErrorCode.TYPE_CONSTRAINT_VIOLATION;
            case INVALID_VALUE -> RpcErrorCode.PROPERTY_CONSTRAINT_VIOLATION;
            case SECURITY -> RpcErrorCode.SECURITY_ERROR;
            case INTERNAL -> RpcErrorCode.INTERNAL_ERROR;
            case GENERIC -> RpcErrorCode.GENERIC_ERROR;
        };
    }
}
