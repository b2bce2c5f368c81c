package io.evzone.billing.tariffs.domain;

import java.time.Instant;

/**
 * A stretch of the session during which the same elements applied (OCPI 2.2.1 ChargingPeriod).
 *
 * @param energyElement element pricing energy, or -1 when none applied
 * @param timeElement element pricing charging or parking time, or -1 when none applied
 */
public record ChargingPeriod(
        Instant startAt,
        Instant endAt,
        long energyWh,
        long chargingSeconds,
        long parkingSeconds,
        int energyElement,
        int timeElement) {}
