package io.evzone.contracts.charger.command;

/**
 * Restart the charger (or, 2.0.1 only, one EVSE).
 *
 * @param type SOFT (1.6 Soft, 2.0.1 OnIdle) or HARD (1.6 Hard, 2.0.1 Immediate)
 * @param evseId only this EVSE (2.0.1); null: the whole charger
 */
public record Reset(Type type, Integer evseId) implements ChargerCommand {

    public enum Type {
        SOFT,
        HARD
    }

    public Reset {
        Fields.required(type, "type");
        Fields.atLeast(evseId, 1, "evseId");
    }
}
