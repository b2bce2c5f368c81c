package io.evzone.contracts.charger.command;

import io.evzone.contracts.charger.IdToken;
import java.time.Instant;

/**
 * Reserve an EVSE (or, without one, the charger: 1.6 connector 0) for an id token until {@code expiresAt}.
 *
 * @param groupId the token's group (1.6 parentIdTag, 2.0.1 groupIdToken)
 */
public record ReserveNow(
        Integer reservationId, Integer evseId, Integer connectorId, Instant expiresAt, IdToken idToken, String groupId)
        implements ChargerCommand {

    public ReserveNow {
        Fields.required(reservationId, "reservationId");
        Fields.atLeast(evseId, 1, "evseId");
        Fields.atLeast(connectorId, 1, "connectorId");
        Fields.required(expiresAt, "expiresAt");
        Fields.token(idToken, "idToken", 20);
        Fields.optionalText(groupId, "groupId", 20);
    }
}
