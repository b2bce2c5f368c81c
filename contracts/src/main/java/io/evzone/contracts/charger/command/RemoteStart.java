package io.evzone.contracts.charger.command;

import io.evzone.contracts.charger.IdToken;

/**
 * Start a transaction for an id token (1.6 RemoteStartTransaction, 2.0.1 RequestStartTransaction).
 *
 * @param evseId the EVSE (2.0.1); a 1.6 charger takes it as the connector when {@code connectorId} is absent
 * @param idToken the token with its type as registered (ISO14443, ISO15693, eMAID, ...): 2.0.1 sends the type
 * @param remoteStartId 2.0.1's id for this request, echoed in the transaction; null: the gateway picks one
 */
public record RemoteStart(
        Integer evseId, Integer connectorId, IdToken idToken, Integer remoteStartId, ChargingProfile chargingProfile)
        implements ChargerCommand {

    public RemoteStart {
        Fields.atLeast(evseId, 1, "evseId");
        Fields.atLeast(connectorId, 1, "connectorId");
        Fields.token(idToken, "idToken", 36);
        Fields.atLeast(remoteStartId, 0, "remoteStartId");
    }
}
