package io.evzone.session.charging.web;

import io.evzone.session.charging.domain.SessionState;
import io.evzone.session.metering.application.MeterValues.MeasurandSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A charging session as the API shows it.
 *
 * @param chargePointId the charge point's id in the station service (a UUID), or null while this service has not
 *     learned it
 * @param ocppId the charger's OCPP identity
 * @param transactionId the charger's transaction id
 * @param powerW the latest active import power while ACTIVE, else null
 * @param meterValues on {@code GET /sessions/{id}}: a summary per measurand of the stored samples; null in lists
 */
record SessionResponse(
        String id,
        String chargePointId,
        String ocppId,
        String stationId,
        String organizationId,
        int evseId,
        int connectorId,
        String transactionId,
        String ocppVersion,
        String idTag,
        String userId,
        String status,
        String authorizationStatus,
        Instant startedAt,
        Instant stoppedAt,
        Long durationSeconds,
        Long meterStartWh,
        Long meterStopWh,
        long energyWh,
        double energyKwh,
        Long powerW,
        String stopReason,
        MeterValuesSummary meterValues) {

    static SessionResponse of(SessionState s, String chargePointId, List<MeasurandSummary> summary) {
        Instant end = s.stoppedAt() == null ? Instant.now() : s.stoppedAt();
        return new SessionResponse(
                s.id().toString(),
                chargePointId,
                s.chargePointId(),
                s.stationId(),
                s.organizationId(),
                s.evseId(),
                s.connectorId(),
                s.transactionId(),
                s.ocppVersion().label(),
                s.idTag(),
                s.userId(),
                s.status().name(),
                s.authorization() == null ? null : s.authorization().name(),
                s.startedAt(),
                s.stoppedAt(),
                s.startedAt() == null
                        ? null
                        : Math.max(0, Duration.between(s.startedAt(), end).toSeconds()),
                s.meterStartWh(),
                s.meterStopWh(),
                s.energyWh(),
                s.energyWh() / 1000.0,
                s.currentPowerW(),
                s.stopReason(),
                summary == null ? null : MeterValuesSummary.of(summary));
    }

    /** The stored samples of a session: how many, and per measurand/phase/unit their range and latest value. */
    record MeterValuesSummary(long samples, List<MeasurandSummary> measurands) {

        static MeterValuesSummary of(List<MeasurandSummary> measurands) {
            return new MeterValuesSummary(
                    measurands.stream().mapToLong(MeasurandSummary::count).sum(), measurands);
        }
    }
}
