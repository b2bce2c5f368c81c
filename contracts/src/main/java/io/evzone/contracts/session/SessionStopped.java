package io.evzone.contracts.session;

import java.time.Instant;

/**
 * A session ended: the final energy and times.
 *
 * @param chargePointId the charge point's id in the station service, or null while the session service has not
 *     learned it
 * @param ocppId the charger's OCPP identity (the key of every session event)
 * @param status COMPLETED, or FAILED for a stop the CSMS never saw start (an unknown 1.6 transaction id)
 * @param energyWh energy delivered, in Wh
 * @param stopReason the charger's reason (1.6 reason, 2.0.1 stoppedReason), or the CSMS's when it
 *     closed the session itself (the charger rebooted without stopping it)
 * @param correction true when this replaces an earlier SessionStopped for the same session (the
 *     charger reported the real end after the CSMS had closed it): consumers re-rate the session
 */
public record SessionStopped(
        String sessionId,
        String chargePointId,
        String ocppId,
        int evseId,
        int connectorId,
        String transactionId,
        String organizationId,
        String stationId,
        String idTag,
        String userId,
        String status,
        Instant startedAt,
        Instant stoppedAt,
        Long meterStartWh,
        Long meterStopWh,
        long energyWh,
        String stopReason,
        boolean correction) {}
