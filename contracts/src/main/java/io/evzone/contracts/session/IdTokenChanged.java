package io.evzone.contracts.session;

import java.time.Instant;

/**
 * An id token was registered, changed or removed in the session service, which owns them: what another service needs
 * to address a charger with the token (the station service's remote start sends it with its type). Keyed by
 * {@code tokenId}.
 *
 * @param value what the charger sends (1.6 idTag, 2.0.1 idToken); compared ignoring case
 * @param ocppType the OCPP 2.0.1 IdTokenEnumType it is sent as: ISO14443, ISO15693, eMAID, Central, KeyCode, Local,
 *     MacAddress
 * @param removed true when the token was deleted
 */
public record IdTokenChanged(
        String tokenId, String organizationId, String value, String ocppType, boolean removed, Instant changedAt) {}
