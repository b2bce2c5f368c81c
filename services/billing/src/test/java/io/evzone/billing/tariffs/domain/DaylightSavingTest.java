package io.evzone.billing.tariffs.domain;

import static io.evzone.billing.tariffs.domain.PriceComponentType.TIME;
import static io.evzone.billing.tariffs.domain.Terms.band;
import static io.evzone.billing.tariffs.domain.Terms.component;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Local times in a zone with daylight saving: Europe/Paris (Africa/Kampala has none). */
class DaylightSavingTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aNightWhoseClockJumpsForwardBillsTheHoursThatPassed() {
        TariffTerms terms =
                Terms.in("USD").element(component(TIME, 100, "0", 1)).build();
        Instant start = Instant.parse("2026-03-29T00:00:00Z"); // 01:00 CET
        Instant end = Instant.parse("2026-03-29T02:00:00Z"); // 04:00 CEST

        PriceBreakdown price = TariffCalculator.price(terms, ChargingProfile.evenly(start, end, PARIS, 10_000));

        assertThat(price.chargingSeconds()).isEqualTo(7_200);
        assertThat(price.net()).isEqualTo(200);
    }

    @Test
    void aBandStartingInTheSkippedHourStartsWhenTheClockJumps() {
        TariffTerms terms = Terms.in("USD")
                .element(band("02:30", "03:30"), component(TIME, 1_000, "0", 1))
                .element(component(TIME, 100, "0", 1))
                .build();
        Instant start = Instant.parse("2026-03-29T00:00:00Z");
        Instant end = Instant.parse("2026-03-29T02:00:00Z");

        PriceBreakdown price = TariffCalculator.price(terms, ChargingProfile.evenly(start, end, PARIS, 10_000));

        assertThat(price.lines())
                .filteredOn(line -> line.element() == 0)
                .singleElement()
                .extracting(CostLine::quantity)
                .as("03:00 to 03:30 CEST")
                .isEqualTo(1_800L);
    }

    @Test
    void theRepeatedHourOfAutumnCountsTwiceInItsBand() {
        TariffTerms terms = Terms.in("USD")
                .element(band("00:00", "02:30"), component(TIME, 1_000, "0", 1))
                .element(component(TIME, 100, "0", 1))
                .build();
        Instant start = Instant.parse("2026-10-24T23:30:00Z"); // 01:30 CEST
        Instant end = Instant.parse("2026-10-25T02:30:00Z"); // 03:30 CET

        PriceBreakdown price = TariffCalculator.price(terms, ChargingProfile.evenly(start, end, PARIS, 10_000));

        // In the band 01:30-02:30 CEST and, after the clock went back, 02:00-02:30 CET; out of it
        // 02:30-03:00 CEST and 02:30-03:30 CET.
        assertThat(price.lines())
                .extracting(CostLine::element, CostLine::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 5_400L), org.assertj.core.groups.Tuple.tuple(1, 5_400L));
        assertThat(price.chargingSeconds()).isEqualTo(10_800);
    }
}
