package io.evzone.contracts.charger.command;

import java.time.Instant;

/** Show a message on the charger's display (2.0.1 only). */
public record SetDisplayMessage(
        Integer id,
        DisplayMessages.Priority priority,
        DisplayMessages.State state,
        Instant startAt,
        Instant endAt,
        String transactionId,
        DisplayMessages.Content content)
        implements ChargerCommand {

    public SetDisplayMessage {
        Fields.required(id, "id");
        Fields.required(priority, "priority");
        Fields.required(content, "content");
    }
}
