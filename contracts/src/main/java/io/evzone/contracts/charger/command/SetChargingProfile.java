package io.evzone.contracts.charger.command;

/** @param evseId the EVSE (1.6: connector) it applies to; 0: the whole charger */
public record SetChargingProfile(Integer evseId, ChargingProfile chargingProfile) implements ChargerCommand {

    public SetChargingProfile {
        Fields.required(evseId, "evseId");
        Fields.atLeast(evseId, 0, "evseId");
        Fields.required(chargingProfile, "chargingProfile");
    }
}
