package io.evzone.contracts.charger;

/**
 * An identifier a driver presents. 1.6 knows only the idTag string (type {@code ISO14443} by
 * convention here); 2.0.1 adds the type (ISO14443, ISO15693, eMAID, Central, KeyCode, Local, MacAddress, NoAuthorization).
 */
public record IdToken(String value, String type) {

    public static IdToken ofIdTag(String idTag) {
        return idTag == null ? null : new IdToken(idTag, "ISO14443");
    }
}
