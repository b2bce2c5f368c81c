package io.evzone.contracts.session;

import java.time.Instant;

/**
 * Progress of an active session, at most once per {@code evzone.session.update-interval} per session.
 *
 * @param chargePointId the charge point's id in the station service, or null while the session service has not
 *     learned it
 * @param ocppId the charger's OCPP identity (the key of every session event)
 * @param energyWh energy delivered so far, in Wh
 * @param powerW the latest reported active import power in W, or null when the charger reports none
 * @param measuredAt the time of the latest reading
 */
public record SessionUpdated(
        String sessionId,
        String chargePointId,
        String ocppId,
        String organizationId,
        String userId,
        long energyWh,
        Long powerW,
        Instant measuredAt) {}
