package io.evzone.simulator.charger;

/** Why a transaction ended, mapped to each version's reason enum. */
public enum StopReason {
    LOCAL,
    REMOTE,
    SOFT_RESET,
    HARD_RESET,
    UNLOCK_COMMAND,
    DE_AUTHORIZED,
    OTHER
}
