package io.evzone.contracts.session;

import java.time.Instant;

/**
 * A charging session began (or was first learned of, when a charger's messages arrive out of order).
 *
 * @param sessionId the session service's id for the session
 * @param chargePointId the charge point's id in the station service, or null while the session service has not
 *     learned it
 * @param ocppId the charger's OCPP identity (the key of every session event)
 * @param transactionId the charger's transaction id (1.6: the integer the CSMS allocated, as a string)
 * @param organizationId the organization owning the charge point, or null while unknown
 * @param stationId the station of the charge point, or null while unknown
 * @param userId the owner of the id token that started it, or null
 * @param meterStartWh the energy register at the start in Wh, or null when not reported
 * @param ocppVersion {@code 1.6} or {@code 2.0.1}
 */
public record SessionStarted(
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
        Instant startedAt,
        Long meterStartWh,
        String ocppVersion) {}
