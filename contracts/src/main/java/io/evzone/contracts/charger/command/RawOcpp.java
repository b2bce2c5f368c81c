package io.evzone.contracts.charger.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OCPP action of the charger's version with its payload as is, for platform administrators: the gateway checks it
 * against the official schema, and a charger of another version answers NOT_SUPPORTED.
 */
public record RawOcpp(String action, Map<String, Object> payload) implements ChargerCommand {

    public RawOcpp {
        Fields.text(action, "action", 50);
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }
}
