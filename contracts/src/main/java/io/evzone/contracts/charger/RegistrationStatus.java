package io.evzone.contracts.charger;

/** The answer to a BootNotification (OCPP 1.6 §6.2, 2.0.1 B01). */
public enum RegistrationStatus {
    ACCEPTED,
    PENDING,
    REJECTED
}
