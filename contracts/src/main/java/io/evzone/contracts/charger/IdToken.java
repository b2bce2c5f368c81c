package io.evzone.contracts.charger;

import java.util.Set;

/**
 * An identifier a driver presents. 1.6 knows only the idTag string (type {@code ISO14443} by
 * convention here); 2.0.1 adds the type (ISO14443, ISO15693, eMAID, Central, KeyCode, Local, MacAddress, NoAuthorization).
 */
public record IdToken(String value, String type) {

    /** The types OCPP 2.0.1 knows (IdTokenEnumType). */
    public static final Set<String> TYPES =
            Set.of("Central", "eMAID", "ISO14443", "ISO15693", "KeyCode", "Local", "MacAddress", "NoAuthorization");

    public static IdToken ofIdTag(String idTag) {
        return idTag == null ? null : new IdToken(idTag, "ISO14443");
    }
}
