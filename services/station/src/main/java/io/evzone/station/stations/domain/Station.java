package io.evzone.station.stations.domain;

import io.evzone.station.shared.domain.Coordinates;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.MinorUnits;
import io.evzone.station.shared.domain.Text;
import io.evzone.station.shared.domain.TimeZones;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A location drivers see: one or more charge points at an address. Its code is unique within the
 * organization (the repository enforces that across records).
 *
 * @param price the energy price drivers are shown, per kWh, in minor units of {@code currency} (UGX has
 *     none), or null when not shown; the billing service owns the tariffs that charge sessions
 * @param bookingFee in minor units of {@code currency}, or null when booking is free
 * @param timeZone the IANA zone of the station's local time (tariff bands), or null if not given
 */
public record Station(
        UUID id,
        String organizationId,
        UUID siteId,
        String code,
        String name,
        String address,
        Coordinates coordinates,
        StationStatus status,
        StationType type,
        Long price,
        Long bookingFee,
        String currency,
        List<String> amenities,
        List<String> images,
        String phone,
        boolean open247,
        String timeZone,
        Instant createdAt,
        Instant updatedAt) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,24}");
    static final String DEFAULT_CURRENCY = "UGX";

    public Station {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        code = Text.required("code", code, 32);
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid(
                    "code: letters, digits, '.', '_' and '-' only, starting with a letter or digit");
        }
        name = Text.required("name", name, 160);
        address = Text.optional("address", address, 300);
        if (coordinates == null) {
            throw DomainException.invalid("latitude: latitude and longitude are required");
        }
        status = Text.orElse(status, StationStatus.ACTIVE);
        type = Text.orElse(type, StationType.CHARGING);
        currency = currency(currency);
        if (price != null && price < 0) {
            throw DomainException.invalid("price: must not be negative");
        }
        if (bookingFee != null && bookingFee < 0) {
            throw DomainException.invalid("bookingFee: must not be negative");
        }
        amenities = Text.list("amenities", amenities, 80);
        images = Text.list("images", images, 2048);
        phone = Text.optional("phone", phone, 24);
        timeZone = TimeZones.iana("timeZone", timeZone);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw DomainException.invalid("phone: digits, spaces, '(', ')', '-' and a leading '+' only");
        }
    }

    public static Station create(UUID id, String organizationId, StationDetails details, Instant now) {
        String currency = currency(details.currency());
        return new Station(
                id,
                organizationId,
                details.siteId(),
                details.code(),
                details.name(),
                details.address(),
                position(details.latitude(), details.longitude()),
                details.status(),
                details.type(),
                MinorUnits.of("price", details.price(), currency),
                MinorUnits.of("bookingFee", details.bookingFee(), currency),
                currency,
                details.amenities(),
                details.images(),
                details.phone(),
                Boolean.TRUE.equals(details.open247()),
                details.timeZone(),
                now,
                now);
    }

    /**
     * The station with the given details changed; null fields keep their value. Amounts keep their
     * value in major units when only the currency changes.
     */
    public Station change(StationDetails changes, Instant now) {
        String newCurrency = changes.currency() == null ? currency : currency(changes.currency());
        BigDecimal newPrice = Text.orElse(changes.price(), MinorUnits.major(price, currency));
        BigDecimal newBookingFee = Text.orElse(changes.bookingFee(), MinorUnits.major(bookingFee, currency));
        return new Station(
                id,
                organizationId,
                Text.orElse(changes.siteId(), siteId),
                Text.orElse(changes.code(), code),
                Text.orElse(changes.name(), name),
                Text.orElse(changes.address(), address),
                position(
                        Text.orElse(changes.latitude(), coordinates.latitude()),
                        Text.orElse(changes.longitude(), coordinates.longitude())),
                Text.orElse(changes.status(), status),
                Text.orElse(changes.type(), type),
                MinorUnits.of("price", newPrice, newCurrency),
                MinorUnits.of("bookingFee", newBookingFee, newCurrency),
                newCurrency,
                Text.orElse(changes.amenities(), amenities),
                Text.orElse(changes.images(), images),
                Text.orElse(changes.phone(), phone),
                Text.orElse(changes.open247(), open247),
                Text.orElse(changes.timeZone(), timeZone),
                createdAt,
                now);
    }

    /** Whether drivers may see the station. */
    public boolean isPublic() {
        return status == StationStatus.ACTIVE;
    }

    private static Coordinates position(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            throw DomainException.invalid((latitude == null ? "latitude" : "longitude") + ": must not be null");
        }
        return new Coordinates(latitude, longitude);
    }

    private static String currency(String value) {
        String code = Text.optional("currency", value, 3);
        if (code == null) {
            return DEFAULT_CURRENCY;
        }
        try {
            return Currency.getInstance(code.toUpperCase(java.util.Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("currency: must be an ISO 4217 code such as UGX or USD");
        }
    }
}
