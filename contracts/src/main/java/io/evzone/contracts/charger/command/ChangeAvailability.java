package io.evzone.contracts.charger.command;

/**
 * Take the charger, an EVSE or a connector out of service (Inoperative) or back in (Operative).
 *
 * @param evseId the EVSE; null with a null connector: the whole charger
 * @param connectorId 1.6: the connector; 2.0.1: the connector within {@code evseId}, which it then needs
 */
public record ChangeAvailability(Integer evseId, Integer connectorId, Boolean operative) implements ChargerCommand {

    public ChangeAvailability {
        Fields.atLeast(evseId, 1, "evseId");
        Fields.atLeast(connectorId, 1, "connectorId");
        Fields.required(operative, "operative");
    }

    public boolean wholeCharger() {
        return evseId == null && connectorId == null;
    }
}
