package io.evzone.contracts.billing;

import java.time.Instant;

/**
 * The running cost of an active session, after a progress update from the session service. Not a
 * charge: the session is charged on {@link SessionPriced}. Sending the cost to 2.0.1 chargers
 * (CostUpdated) is the command path's job; this event is what it reads.
 *
 * @param ocppId the charger's OCPP identity
 * @param transactionId the charger's transaction id, or null when billing has not seen the start
 * @param currency ISO 4217 code of every amount
 * @param totalInclVat the cost so far, VAT included, in minor units
 * @param energyWh energy delivered so far, in Wh
 * @param measuredAt the time of the reading the cost is based on
 */
public record SessionCostUpdated(
        String sessionId,
        String ocppId,
        String transactionId,
        String organizationId,
        String userId,
        String tariffId,
        String currency,
        long totalInclVat,
        long energyWh,
        Instant measuredAt) {}
