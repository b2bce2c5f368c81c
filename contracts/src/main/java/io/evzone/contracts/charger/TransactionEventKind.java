package io.evzone.contracts.charger;

/** The three moments of a transaction, as in 2.0.1's TransactionEvent (1.6 has only start and stop). */
public enum TransactionEventKind {
    STARTED,
    UPDATED,
    ENDED
}
