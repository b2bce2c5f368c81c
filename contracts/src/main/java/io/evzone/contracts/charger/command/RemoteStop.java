package io.evzone.contracts.charger.command;

/**
 * Stop a transaction (1.6 RemoteStopTransaction, 2.0.1 RequestStopTransaction).
 *
 * @param transactionId as the charger reported it, an opaque string: 2.0.1 ids are strings ({@code "04058377"} keeps
 *     its zero); 1.6 ids are 32-bit integers and the gateway reads them as such
 */
public record RemoteStop(String transactionId) implements ChargerCommand {

    public RemoteStop {
        Fields.text(transactionId, "transactionId", 36);
    }
}
