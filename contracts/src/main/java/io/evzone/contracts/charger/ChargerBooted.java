package io.evzone.contracts.charger;

import java.time.Instant;

/**
 * A charger sent BootNotification and was answered.
 *
 * @param registration what it was told: ACCEPTED, PENDING or REJECTED
 * @param reason 2.0.1's boot reason (PowerUp, RemoteReset...); null for 1.6
 */
public record ChargerBooted(
        String ocppId,
        OcppVersion ocppVersion,
        String vendor,
        String model,
        String serialNumber,
        String firmwareVersion,
        String iccid,
        String imsi,
        String reason,
        RegistrationStatus registration,
        Instant bootedAt) {}
