package io.evzone.contracts.charger.command;

/** Remove a display message (2.0.1 only). */
public record ClearDisplayMessage(Integer id) implements ChargerCommand {

    public ClearDisplayMessage {
        Fields.required(id, "id");
    }
}
