package io.evzone.contracts.charger.command;

/** The schedule the charger would follow on an EVSE (0: the grid connection) for the next {@code durationSeconds}. */
public record GetCompositeSchedule(Integer evseId, Integer durationSeconds, ChargingProfile.RateUnit rateUnit)
        implements ChargerCommand {

    public GetCompositeSchedule {
        Fields.required(evseId, "evseId");
        Fields.atLeast(evseId, 0, "evseId");
        Fields.required(durationSeconds, "durationSeconds");
        Fields.atLeast(durationSeconds, 1, "durationSeconds");
    }
}
