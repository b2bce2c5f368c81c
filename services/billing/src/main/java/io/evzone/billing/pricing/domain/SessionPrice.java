package io.evzone.billing.pricing.domain;

import io.evzone.billing.tariffs.domain.PriceBreakdown;
import java.time.Instant;
import java.util.UUID;

/** One version of a session's price; a correction is the next version, never an edit. */
public record SessionPrice(String sessionId, int version, UUID tariffId, PriceBreakdown breakdown, Instant pricedAt) {

    /** Whether pricing again came to the same result, so no new version is due. */
    public boolean sameAs(UUID otherTariff, PriceBreakdown other) {
        return tariffId.equals(otherTariff)
                && breakdown.total() == other.total()
                && breakdown.vat() == other.vat()
                && breakdown.energyWh() == other.energyWh()
                && breakdown.chargingSeconds() == other.chargingSeconds()
                && breakdown.parkingSeconds() == other.parkingSeconds()
                && breakdown.lines().equals(other.lines());
    }
}
