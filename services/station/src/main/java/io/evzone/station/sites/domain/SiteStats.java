package io.evzone.station.sites.domain;

import io.evzone.station.shared.domain.Availability;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A site's equipment at a glance.
 *
 * @param installedPowerKw the sum of its connectors' maximum power
 */
public record SiteStats(
        UUID siteId,
        int stations,
        int chargePoints,
        int onlineChargePoints,
        Availability connectors,
        BigDecimal installedPowerKw,
        BigDecimal powerCapacityKw) {}
