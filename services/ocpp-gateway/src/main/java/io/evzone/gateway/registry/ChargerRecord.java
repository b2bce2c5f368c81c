package io.evzone.gateway.registry;

import io.evzone.contracts.charger.RegistrationStatus;
import java.time.Instant;

/** What the gateway needs to know about a registered charger to accept its connection. */
public record ChargerRecord(
        String chargePointId,
        String organizationId,
        int securityProfile,
        String passwordHash,
        RegistrationStatus registration,
        Instant changedAt) {}
