package io.evzone.session.charging.domain;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.OcppVersion;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a {@link ChargingSession} holds, as stored and as read by queries.
 *
 * @param transactionId the charger's transaction id (1.6: allocated by the CSMS or the gateway's fallback)
 * @param startKey for 1.6: what identifies a resent StartTransaction (connector, idTag, timestamp, meterStart)
 * @param closedByCsms the CSMS closed it (the charger rebooted); the charger's own end report may still come
 * @param seenSeqNos 2.0.1 sequence numbers applied (and 1.6 start/stop markers), to drop resent messages
 * @param openedAt when the CSMS opened the session, by its own clock (the charger's may be off)
 */
public record SessionState(
        UUID id,
        String chargePointId,
        String organizationId,
        String stationId,
        OcppVersion ocppVersion,
        int evseId,
        int connectorId,
        String transactionId,
        String startKey,
        String idTag,
        String userId,
        AuthorizationStatus authorization,
        SessionStatus status,
        Instant startedAt,
        Instant stoppedAt,
        Long meterStartWh,
        Long meterStopWh,
        MeterReadings readings,
        long energyWh,
        String stopReason,
        boolean closedByCsms,
        Set<Integer> seenSeqNos,
        Instant lastUpdatePublishedAt,
        Instant openedAt) {

    public SessionState {
        seenSeqNos = Set.copyOf(seenSeqNos);
        readings = readings == null ? MeterReadings.none() : readings;
    }

    /** The current power, meaningful only while the session is active. */
    public Long currentPowerW() {
        return status == SessionStatus.ACTIVE ? readings.powerW() : null;
    }
}
