package io.evzone.session.metering.application;

import java.time.Instant;
import java.util.UUID;

/**
 * What one charge point's connector reported for one measurand during one UTC hour.
 *
 * @param sessionId the session the samples belong to, or null for samples outside a known session
 * @param samples how many samples the hour had
 * @param avg the mean of the samples (not time-weighted)
 * @param first the earliest sample of the hour, taken at {@code firstAt}: with {@code last}, the
 *     change of a register (energy) over the hour
 */
public record HourlyMeterValue(
        Instant hour,
        String chargePointId,
        int evseId,
        int connectorId,
        UUID sessionId,
        String measurand,
        String phase,
        String unit,
        String location,
        int samples,
        double min,
        double max,
        double avg,
        double first,
        Instant firstAt,
        double last,
        Instant lastAt) {}
