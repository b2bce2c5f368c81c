package io.evzone.contracts.charger.command;

/** Clears the profile with this id, or every profile matching the other fields (none given: all). */
public record ClearChargingProfile(
        Integer chargingProfileId, Integer evseId, ChargingProfile.Purpose purpose, Integer stackLevel)
        implements ChargerCommand {

    public ClearChargingProfile {
        Fields.atLeast(evseId, 0, "evseId");
        Fields.atLeast(stackLevel, 0, "stackLevel");
    }
}
