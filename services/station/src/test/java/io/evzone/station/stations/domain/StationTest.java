package io.evzone.station.stations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.station.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StationTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

    @Test
    void aNewStationIsActiveForChargingInUgandanShillingsByDefault() {
        Station station = Station.create(UUID.randomUUID(), "org-1", details("KLA-001", 0.31, 32.58), NOW);

        assertThat(station.status()).isEqualTo(StationStatus.ACTIVE);
        assertThat(station.type()).isEqualTo(StationType.CHARGING);
        assertThat(station.currency()).isEqualTo("UGX");
        assertThat(station.isPublic()).isTrue();
    }

    @Test
    void refusesInvalidCoordinatesCodesAndCurrencies() {
        assertThatThrownBy(() -> Station.create(UUID.randomUUID(), "org-1", details("KLA-001", 95.0, 32.0), NOW))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("latitude:");
        assertThatThrownBy(() -> Station.create(UUID.randomUUID(), "org-1", details("has space", 0.0, 32.0), NOW))
                .hasMessageStartingWith("code:");
        var badCurrency = new StationDetails(
                "C1", "n", null, null, 0.0, 0.0, null, null, null, BigDecimal.TEN, "XYZ", null, null, null, null, null);
        assertThatThrownBy(() -> Station.create(UUID.randomUUID(), "org-1", badCurrency, NOW))
                .hasMessageStartingWith("currency:");
    }

    @Test
    void amountsAreKeptInMinorUnitsOfTheStationsCurrency() {
        Station station = Station.create(UUID.randomUUID(), "org-1", priced("0.35", "12.50", "usd"), NOW);

        assertThat(station.currency()).isEqualTo("USD");
        assertThat(station.price()).isEqualTo(35L);
        assertThat(station.bookingFee()).isEqualTo(1250L);
        assertThat(Station.create(UUID.randomUUID(), "org-1", details("KLA-001", 0.31, 32.58), NOW)
                        .price())
                .isEqualTo(1200L);
    }

    @Test
    void refusesAmountsWithMoreDecimalsThanTheCurrencyHasOrBelowZero() {
        assertThatThrownBy(() -> Station.create(UUID.randomUUID(), "org-1", priced("0.355", null, "USD"), NOW))
                .hasMessageStartingWith("price: USD has 2 decimals");
        assertThatThrownBy(() -> Station.create(UUID.randomUUID(), "org-1", priced(null, "2.5", "UGX"), NOW))
                .hasMessageStartingWith("bookingFee: UGX has 0 decimals");
        assertThatThrownBy(() -> Station.create(UUID.randomUUID(), "org-1", priced("-1", null, "UGX"), NOW))
                .hasMessageStartingWith("price: must not be negative");
        assertThat(Station.create(UUID.randomUUID(), "org-1", priced("1200.000", null, "UGX"), NOW)
                        .price())
                .isEqualTo(1200L);
    }

    @Test
    void aNewCurrencyKeepsTheAmountsInMajorUnits() {
        Station station = Station.create(UUID.randomUUID(), "org-1", priced("3", "1", "UGX"), NOW);

        Station inDollars = station.change(priced(null, null, "USD"), NOW);

        assertThat(inDollars.price()).isEqualTo(300L);
        assertThat(inDollars.bookingFee()).isEqualTo(100L);
        assertThatThrownBy(
                        () -> inDollars.change(priced("0.35", null, null), NOW).change(priced(null, null, "UGX"), NOW))
                .hasMessageStartingWith("price: UGX has 0 decimals");
    }

    @Test
    void keepsAnIanaTimeZoneAndRefusesAnythingElse() {
        StationDetails paris = withTimeZone(details("PAR-001", 48.85, 2.35), "Europe/Paris");
        StationDetails offset = withTimeZone(details("PAR-002", 48.85, 2.35), "+02:00");

        Station station = Station.create(UUID.randomUUID(), "org-1", paris, NOW);

        assertThat(station.timeZone()).isEqualTo("Europe/Paris");
        assertThat(station.change(details(null, null, null), NOW).timeZone()).isEqualTo("Europe/Paris");
        assertThatThrownBy(() -> Station.create(UUID.randomUUID(), "org-1", offset, NOW))
                .hasMessageStartingWith("timeZone:");
    }

    @Test
    void aChangeKeepsWhatItDoesNotMention() {
        Station station = Station.create(UUID.randomUUID(), "org-1", details("KLA-001", 0.31, 32.58), NOW);

        Station changed = station.change(
                new StationDetails(
                        null,
                        "Renamed",
                        null,
                        null,
                        null,
                        33.0,
                        StationStatus.MAINTENANCE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                NOW.plusSeconds(60));

        assertThat(changed.name()).isEqualTo("Renamed");
        assertThat(changed.code()).isEqualTo("KLA-001");
        assertThat(changed.coordinates().latitude()).isEqualTo(0.31);
        assertThat(changed.coordinates().longitude()).isEqualTo(33.0);
        assertThat(changed.isPublic()).isFalse();
    }

    @Test
    void audiencesSeeTheirOrganizationOrOnlyActiveStations() {
        Station station = Station.create(UUID.randomUUID(), "org-1", details("KLA-001", 0.31, 32.58), NOW);
        Station closed = station.change(
                new StationDetails(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        StationStatus.INACTIVE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                NOW);

        assertThat(StationAudience.driver().canSee(station)).isTrue();
        assertThat(StationAudience.driver().canSee(closed)).isFalse();
        assertThat(StationAudience.operator(io.evzone.station.shared.domain.OrganizationScope.of("org-2"))
                        .canSee(station))
                .isFalse();
        assertThat(StationAudience.operator(io.evzone.station.shared.domain.OrganizationScope.of("org-1"))
                        .canSee(closed))
                .isTrue();
    }

    private static StationDetails priced(String price, String bookingFee, String currency) {
        return new StationDetails(
                "KLA-002",
                "Priced",
                null,
                null,
                0.31,
                32.58,
                null,
                null,
                price == null ? null : new BigDecimal(price),
                bookingFee == null ? null : new BigDecimal(bookingFee),
                currency,
                null,
                null,
                null,
                null,
                null);
    }

    private static StationDetails withTimeZone(StationDetails d, String zone) {
        return new StationDetails(
                d.code(),
                d.name(),
                d.address(),
                d.siteId(),
                d.latitude(),
                d.longitude(),
                d.status(),
                d.type(),
                d.price(),
                d.bookingFee(),
                d.currency(),
                d.amenities(),
                d.images(),
                d.phone(),
                d.open247(),
                zone);
    }

    private static StationDetails details(String code, Double latitude, Double longitude) {
        return new StationDetails(
                code,
                "Kampala Central",
                "Plot 1",
                null,
                latitude,
                longitude,
                null,
                null,
                new BigDecimal("1200"),
                new BigDecimal("2000"),
                null,
                List.of("wifi"),
                List.of(),
                "+256 700 000000",
                true,
                null);
    }
}
