package io.evzone.station.sites.domain;

import io.evzone.station.shared.domain.Coordinates;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.Text;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A property where an organization runs chargers: a car park, a depot, a mall. Stations are the
 * locations drivers see on a site.
 *
 * @param coordinates null when not given
 * @param country ISO 3166-1 alpha-2, upper case
 * @param timeZone an IANA zone id such as {@code Africa/Kampala}
 * @param openingHours in OpenStreetMap {@code opening_hours} syntax, e.g. {@code Mo-Fr 08:00-18:00}
 */
public record Site(
        UUID id,
        String organizationId,
        String name,
        String address,
        String city,
        String country,
        Coordinates coordinates,
        String timeZone,
        BigDecimal powerCapacityKw,
        Integer parkingBays,
        List<String> amenities,
        List<String> photos,
        String openingHours,
        Instant createdAt,
        Instant updatedAt) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        name = Text.required("name", name, 160);
        address = Text.optional("address", address, 300);
        city = Text.optional("city", city, 120);
        country = country(country);
        timeZone = timeZone(timeZone);
        if (powerCapacityKw != null && powerCapacityKw.signum() < 0) {
            throw DomainException.invalid("powerCapacityKw: must not be negative");
        }
        if (parkingBays != null && parkingBays < 0) {
            throw DomainException.invalid("parkingBays: must not be negative");
        }
        amenities = Text.list("amenities", amenities, 80);
        photos = Text.list("photos", photos, 2048);
        openingHours = Text.optional("openingHours", openingHours, 255);
    }

    public static Site create(UUID id, String organizationId, SiteDetails details, Instant now) {
        return new Site(
                id,
                organizationId,
                details.name(),
                details.address(),
                details.city(),
                details.country(),
                Coordinates.ofNullable(details.latitude(), details.longitude()),
                details.timeZone(),
                details.powerCapacityKw(),
                details.parkingBays(),
                details.amenities(),
                details.photos(),
                details.openingHours(),
                now,
                now);
    }

    /** The site with the given details changed; null fields keep their value. */
    public Site change(SiteDetails changes, Instant now) {
        Double latitude = Text.orElse(changes.latitude(), coordinates == null ? null : coordinates.latitude());
        Double longitude = Text.orElse(changes.longitude(), coordinates == null ? null : coordinates.longitude());
        return new Site(
                id,
                organizationId,
                Text.orElse(changes.name(), name),
                Text.orElse(changes.address(), address),
                Text.orElse(changes.city(), city),
                Text.orElse(changes.country(), country),
                Coordinates.ofNullable(latitude, longitude),
                Text.orElse(changes.timeZone(), timeZone),
                Text.orElse(changes.powerCapacityKw(), powerCapacityKw),
                Text.orElse(changes.parkingBays(), parkingBays),
                Text.orElse(changes.amenities(), amenities),
                Text.orElse(changes.photos(), photos),
                Text.orElse(changes.openingHours(), openingHours),
                createdAt,
                now);
    }

    private static String country(String value) {
        String code = Text.optional("country", value, 2);
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(upper)) {
            throw DomainException.invalid("country: must be an ISO 3166-1 alpha-2 code such as UG");
        }
        return upper;
    }

    private static String timeZone(String value) {
        String zone = Text.optional("timeZone", value, 64);
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw DomainException.invalid("timeZone: must be an IANA time zone such as Africa/Kampala");
        }
    }
}
