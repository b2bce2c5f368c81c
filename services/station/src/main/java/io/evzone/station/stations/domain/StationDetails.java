package io.evzone.station.stations.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A station's editable fields as a caller gives them; for a change, null keeps the current value.
 *
 * @param price per kWh, in major units of {@code currency}
 * @param bookingFee in major units of {@code currency}
 */
public record StationDetails(
        String code,
        String name,
        String address,
        UUID siteId,
        Double latitude,
        Double longitude,
        StationStatus status,
        StationType type,
        BigDecimal price,
        BigDecimal bookingFee,
        String currency,
        List<String> amenities,
        List<String> images,
        String phone,
        Boolean open247,
        String timeZone) {}
