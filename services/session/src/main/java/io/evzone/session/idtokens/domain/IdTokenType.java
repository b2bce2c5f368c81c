package io.evzone.session.idtokens.domain;

/** What kind of identifier a token is, with the OCPP 2.0.1 IdTokenEnumType it is sent to chargers as. */
public enum IdTokenType {
    RFID("ISO14443"),
    APP("Central"),
    FLEET("ISO14443"),
    ISO15693("ISO15693"),
    EMAID("eMAID"),
    KEY_CODE("KeyCode"),
    MAC_ADDRESS("MacAddress"),
    LOCAL("Local");

    private final String ocppType;

    IdTokenType(String ocppType) {
        this.ocppType = ocppType;
    }

    public String ocppType() {
        return ocppType;
    }
}
