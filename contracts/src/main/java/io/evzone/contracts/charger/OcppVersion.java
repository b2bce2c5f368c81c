package io.evzone.contracts.charger;

/** The OCPP version a charger speaks, named as in the WebSocket subprotocol. */
public enum OcppVersion {
    V16("ocpp1.6", "1.6"),
    V201("ocpp2.0.1", "2.0.1"),
    V21("ocpp2.1", "2.1");

    private final String subprotocol;
    private final String label;

    OcppVersion(String subprotocol, String label) {
        this.subprotocol = subprotocol;
        this.label = label;
    }

    public String subprotocol() {
        return subprotocol;
    }

    /** As operators write it: {@code 1.6}, {@code 2.0.1}. */
    public String label() {
        return label;
    }
}
