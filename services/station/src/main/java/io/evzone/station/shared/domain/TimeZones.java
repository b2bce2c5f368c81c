package io.evzone.station.shared.domain;

import java.time.zone.ZoneRulesProvider;

/** IANA time zone ids, as billing reads a station's local time (tariff bands, daylight saving). */
public final class TimeZones {

    private TimeZones() {}

    /** The id as given, or null when absent; anything but an IANA region id such as Africa/Kampala is refused. */
    public static String iana(String field, String value) {
        String zone = Text.optional(field, value, 64);
        if (zone != null && !ZoneRulesProvider.getAvailableZoneIds().contains(zone)) {
            throw DomainException.invalid(field + ": must be an IANA time zone such as Africa/Kampala");
        }
        return zone;
    }
}
