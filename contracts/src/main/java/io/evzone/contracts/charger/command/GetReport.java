package io.evzone.contracts.charger.command;

/**
 * What the charger reports about itself (2.0.1 GetBaseReport, answered with NotifyReport; 1.6 GetConfiguration of
 * every key, answered at once).
 */
public record GetReport(Integer requestId, Base base) implements ChargerCommand {

    public enum Base {
        CONFIGURATION_INVENTORY,
        FULL_INVENTORY,
        SUMMARY_INVENTORY
    }

    public GetReport {
        Fields.required(requestId, "requestId");
        Fields.required(base, "base");
    }
}
