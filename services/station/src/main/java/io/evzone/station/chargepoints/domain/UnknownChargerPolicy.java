package io.evzone.station.chargepoints.domain;

import io.evzone.contracts.charger.RegistrationStatus;
import java.util.Optional;

/** What happens when a charger nobody provisioned sends BootNotification. */
public enum UnknownChargerPolicy {
    /** Record it as an unassigned charge point and accept it. */
    ACCEPT,
    /** Record it as an unassigned charge point, answer PENDING until an operator approves it. */
    PENDING,
    /** Answer REJECTED and record nothing: only provisioned chargers may use the CSMS. */
    REJECT;

    /** The registration of the record to create, or empty when no record is created. */
    public Optional<RegistrationStatus> registrationOfNewRecord() {
        return switch (this) {
            case ACCEPT -> Optional.of(RegistrationStatus.ACCEPTED);
            case PENDING -> Optional.of(RegistrationStatus.PENDING);
            case REJECT -> Optional.empty();
        };
    }
}
