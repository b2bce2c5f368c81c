package io.evzone.station.chargepoints.domain;

import io.evzone.station.shared.domain.Text;

/** What a charger says it is (BootNotification) or what an operator typed. Any field may be unknown. */
public record Hardware(String vendor, String model, String serialNumber, String firmwareVersion) {

    public static final Hardware UNKNOWN = new Hardware(null, null, null, null);

    public Hardware {
        vendor = Text.optional("manufacturer", vendor, 255);
        model = Text.optional("model", model, 255);
        serialNumber = Text.optional("serialNumber", serialNumber, 255);
        firmwareVersion = Text.optional("firmwareVersion", firmwareVersion, 255);
    }

    /** These values where given, the current ones elsewhere. */
    public Hardware overriddenBy(Hardware other) {
        return new Hardware(
                Text.orElse(other.vendor, vendor),
                Text.orElse(other.model, model),
                Text.orElse(other.serialNumber, serialNumber),
                Text.orElse(other.firmwareVersion, firmwareVersion));
    }
}
