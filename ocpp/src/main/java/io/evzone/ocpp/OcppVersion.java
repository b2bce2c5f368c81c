package io.evzone.ocpp;

import java.util.Optional;

/**
 * The OCPP-J versions this library speaks, each named by the WebSocket subprotocol a charger offers in
 * {@code Sec-WebSocket-Protocol} (OCPP-J 1.6 §3.1.2, OCPP 2.0.1 Part 4 §3.1.2).
 */
public enum OcppVersion {
    V16("ocpp1.6"),
    V201("ocpp2.0.1"),
    V21("ocpp2.1");

    private final String subprotocol;

    OcppVersion(String subprotocol) {
        this.subprotocol = subprotocol;
    }

    /** The subprotocol name, for example {@code ocpp1.6}. */
    public String subprotocol() {
        return subprotocol;
    }

    /** The version a subprotocol name stands for; empty for anything this library does not speak. */
    public static Optional<OcppVersion> fromSubprotocol(String subprotocol) {
        for (OcppVersion version : values()) {
            if (version.subprotocol.equals(subprotocol)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** Whether this version defines the given RPC message type number (2.1 adds 5 and 6). */
    public boolean supportsMessageType(int messageTypeId) {
        // OCPP-J 1.6 §4.1.3 and 2.0.1 Part 4 §4.1.3: 2, 3, 4; OCPP 2.1 Part 4 §4.1.3 adds 5 and 6.
        int highest = this == V21 ? 6 : 4;
        return messageTypeId >= 2 && messageTypeId <= highest;
    }

    /** The CALLERROR code this version prescribes for a fault. */
    public RpcErrorCode errorCode(Fault fault) {
        return switch (this) {
            case V16 -> Ocpp16ErrorCodes.of(fault);
            case V201, V21 -> Ocpp2ErrorCodes.of(fault);
        };
    }
}
