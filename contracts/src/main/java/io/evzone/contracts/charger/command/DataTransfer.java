package io.evzone.contracts.charger.command;

/** A vendor-specific message. */
public record DataTransfer(String vendorId, String messageId, String data) implements ChargerCommand {

    public DataTransfer {
        Fields.text(vendorId, "vendorId", 255);
        Fields.optionalText(messageId, "messageId", 50);
    }
}
