package io.evzone.contracts.charger.command;

import java.util.List;

/** Ask the charger to report its display messages (2.0.1 only), all or those matching. */
public record GetDisplayMessages(
        Integer requestId, List<Integer> ids, DisplayMessages.Priority priority, DisplayMessages.State state)
        implements ChargerCommand {

    public GetDisplayMessages {
        Fields.required(requestId, "requestId");
        ids = Fields.list(ids, "ids", 0);
    }
}
