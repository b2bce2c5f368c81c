package io.evzone.contracts.billing;

import java.time.Instant;

/**
 * The final price of a charging session. A later version replaces an earlier one (a corrected stop).
 *
 * @param organizationId the station owner's organization, which earns the revenue
 * @param total the price including VAT, in minor units of {@code currency}
 * @param vatAmount the VAT included in {@code total}
 * @param net {@code total} less {@code vatAmount}
 * @param version increases with every re-pricing of the same session
 */
public record SessionPriced(
        String sessionId,
        String userId,
        String organizationId,
        String chargePointId,
        String currency,
        long total,
        long vatAmount,
        long net,
        Instant pricedAt,
        int version) {}
