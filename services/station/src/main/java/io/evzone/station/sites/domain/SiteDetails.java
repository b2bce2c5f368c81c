package io.evzone.station.sites.domain;

import java.math.BigDecimal;
import java.util.List;

/** A site's editable fields as a caller gives them; for a change, null keeps the current value. */
public record SiteDetails(
        String name,
        String address,
        String city,
        String country,
        Double latitude,
        Double longitude,
        String timeZone,
        BigDecimal powerCapacityKw,
        Integer parkingBays,
        List<String> amenities,
        List<String> photos,
        String openingHours) {}
