package io.evzone.billing.pricing.web;

import io.evzone.billing.pricing.application.SessionCosts.SessionCost;
import io.evzone.billing.tariffs.web.PriceResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A session's cost: the latest price version of a finished session, or the cost so far of a running one.
 *
 * @param status ACTIVE (cost so far) or PRICED
 * @param version the price version; null while ACTIVE
 * @param asOf when the price was computed, or the time of the reading the cost so far is based on
 */
@Schema(name = "SessionCost")
record SessionCostResponse(
        String sessionId, String status, Integer version, UUID tariffId, Instant asOf, PriceResponse price) {

    static SessionCostResponse of(SessionCost cost) {
        return new SessionCostResponse(
                cost.sessionId(),
                cost.status(),
                cost.version(),
                cost.tariffId(),
                cost.asOf(),
                PriceResponse.of(cost.breakdown()));
    }
}
