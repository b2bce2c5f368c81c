package io.evzone.station.stations.domain;

import java.util.List;
import java.util.UUID;

/** A station's editable fields as a caller gives them; for a change, null keeps the current value. */
public record StationDetails(
        String code,
        String name,
        String address,
        UUID siteId,
        Double latitude,
        Double longitude,
        StationStatus status,
        StationType type,
        String price,
        Long bookingFee,
        String currency,
        List<String> amenities,
        List<String> images,
        String phone,
        Boolean open247,
        String timeZone) {}
