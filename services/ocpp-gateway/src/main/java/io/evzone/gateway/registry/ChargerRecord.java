package io.evzone.gateway.registry;

import io.evzone.contracts.charger.ChargerAnswer.BootAnswer;
import io.evzone.contracts.charger.RegistrationStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * What the gateway needs to know about a registered charger to accept its connection and, when it is
 * accepted, to answer its BootNotification without asking the station service.
 *
 * @param heartbeatIntervalSeconds the interval to tell at boot; null when the station did not say
 * @param pendingPasswordHash a new password's hash the charger was sent and has not yet connected with, or null
 */
public record ChargerRecord(
        String chargePointId,
        String organizationId,
        int securityProfile,
        String passwordHash,
        RegistrationStatus registration,
        Instant changedAt,
        Integer heartbeatIntervalSeconds,
        String pendingPasswordHash) {

    /** The answer to a BootNotification this record settles on its own: accepted, with a known interval. */
    public Optional<BootAnswer> bootAnswer() {
        return registration == RegistrationStatus.ACCEPTED && heartbeatIntervalSeconds != null
                ? Optional.of(new BootAnswer(registration, heartbeatIntervalSeconds))
                : Optional.empty();
    }
}
