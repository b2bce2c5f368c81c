package io.evzone.contracts.billing;

import java.time.Instant;

/**
 * A finished session was priced, or re-priced. Each pricing of a session is a new version; an
 * earlier version is never edited. A consumer that charges the driver keeps the latest version it
 * has seen per {@code sessionId} and settles the difference when a higher one arrives (a correction
 * when the charger's final meter reading came after the first price).
 *
 * @param sessionId the session service's id for the session
 * @param version 1 for the first price of the session, then 2, 3... for each correction
 * @param userId the driver who owes the amount, or null when the session had no known owner
 * @param organizationId the organization owning the charge point (the station owner, who is paid)
 * @param stationId the station of the charge point, or null while unknown
 * @param ocppId the charger's OCPP identity, as on {@code session.events.v1}
 * @param tariffId the tariff the session was priced with
 * @param currency ISO 4217 code of every amount
 * @param totalInclVat what the driver pays, VAT included, in minor units
 * @param vatAmount the VAT part of {@code totalInclVat}, in minor units
 * @param netAmount {@code totalInclVat - vatAmount}, in minor units
 * @param energyWh the energy priced, in Wh
 * @param pricedAt when this version was computed
 */
public record SessionPriced(
        String sessionId,
        int version,
        String userId,
        String organizationId,
        String stationId,
        String ocppId,
        String tariffId,
        String currency,
        long totalInclVat,
        long vatAmount,
        long netAmount,
        long energyWh,
        Instant pricedAt) {}
