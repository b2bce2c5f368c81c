package io.evzone.contracts.charger.command;

/**
 * Unlock a connector's cable.
 *
 * @param evseId the EVSE (2.0.1); 1.6 takes it as the connector when {@code connectorId} is absent
 * @param connectorId the connector (1.6), or the connector within the EVSE (2.0.1; null: 1)
 */
public record UnlockConnector(Integer evseId, Integer connectorId) implements ChargerCommand {

    public UnlockConnector {
        Fields.atLeast(evseId, 1, "evseId");
        Fields.atLeast(connectorId, 1, "connectorId");
        if (evseId == null && connectorId == null) {
            throw new IllegalArgumentException("evseId: required (or connectorId)");
        }
    }
}
