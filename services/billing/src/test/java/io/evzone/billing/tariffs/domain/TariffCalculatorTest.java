package io.evzone.billing.tariffs.domain;

import static io.evzone.billing.tariffs.domain.PriceComponentType.ENERGY;
import static io.evzone.billing.tariffs.domain.PriceComponentType.FLAT;
import static io.evzone.billing.tariffs.domain.PriceComponentType.PARKING_TIME;
import static io.evzone.billing.tariffs.domain.PriceComponentType.TIME;
import static io.evzone.billing.tariffs.domain.Terms.band;
import static io.evzone.billing.tariffs.domain.Terms.component;
import static io.evzone.billing.tariffs.domain.Terms.energy;
import static io.evzone.billing.tariffs.domain.Terms.energyBelow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TariffCalculatorTest {

    static final ZoneId KAMPALA = ZoneId.of("Africa/Kampala");
    static final Instant T0 = Instant.parse("2026-06-01T14:00:00Z"); // 17:00 in Kampala

    @Test
    void pricesUgxEnergyInWholeShillingsWithVat() {
        TariffTerms terms =
                Terms.in("UGX").element(component(ENERGY, 1_200, "18", 1)).build();

        PriceBreakdown price =
                TariffCalculator.price(terms, ChargingProfile.evenly(T0, T0.plusSeconds(3600), KAMPALA, 10_000));

        assertThat(price.net()).isEqualTo(12_000);
        assertThat(price.vat()).isEqualTo(2_160);
        assertThat(price.total()).isEqualTo(14_160);
        assertThat(price.currency()).isEqualTo("UGX");
    }

    @Test
    void roundsAUsdLineHalfUpToTheCentOnce() {
        TariffTerms terms =
                Terms.in("USD").element(component(ENERGY, 35, "18", 1)).build();

        PriceBreakdown price =
                TariffCalculator.price(terms, ChargingProfile.evenly(T0, T0.plusSeconds(3600), KAMPALA, 7_333));

        assertThat(price.lines().getFirst().net())
                .as("7.333 kWh × 35 = 256.655 cents")
                .isEqualTo(257);
        assertThat(price.vat()).as("18% of 257 = 46.26").isEqualTo(46);
        assertThat(price.total()).isEqualTo(303);
    }

    @Test
    void splitsEnergyBetweenBandsAtTheMeterSamples() {
        TariffTerms terms = Terms.in("UGX")
                .element(band("18:00", "22:00"), energy(1_500))
                .element(energy(1_000))
                .build();
        ChargingProfile profile = new ChargingProfile(
                T0,
                T0.plusSeconds(7200),
                KAMPALA,
                List.of(
                        new MeterSample(T0.plusSeconds(1800), 3_000),
                        new MeterSample(T0.plusSeconds(3600), 4_000),
                        new MeterSample(T0.plusSeconds(5400), 11_000),
                        new MeterSample(T0.plusSeconds(7200), 12_000)));

        PriceBreakdown price = TariffCalculator.price(terms, profile);

        assertThat(price.lines())
                .extracting(CostLine::element, CostLine::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 4_000L), org.assertj.core.groups.Tuple.tuple(0, 8_000L));
        assertThat(price.net()).isEqualTo(4_000 + 12_000);
        assertThat(price.periods()).hasSize(2);
        assertThat(price.periods().get(1).startAt()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void spreadsAnIntervalCrossingABandEvenlyAndLosesNoWattHour() {
        TariffTerms terms = Terms.in("UGX")
                .element(band("18:00", "22:00"), energy(1_500))
                .element(energy(1_000))
                .build();
        ChargingProfile profile = ChargingProfile.evenly(T0.plusSeconds(1800), T0.plusSeconds(5400), KAMPALA, 1_001);

        PriceBreakdown price = TariffCalculator.price(terms, profile);

        assertThat(price.lines()).extracting(CostLine::quantity).containsExactly(500L, 501L);
        assertThat(price.energyWh()).isEqualTo(1_001);
    }

    @Test
    void billsIdleTimeAsParkingAndChargingAsTime() {
        TariffTerms terms = Terms.in("UGX")
                .element(component(TIME, 600, "0", 1), component(PARKING_TIME, 3_000, "0", 1))
                .build();
        ChargingProfile profile = new ChargingProfile(
                T0,
                T0.plusSeconds(5400),
                KAMPALA,
                List.of(new MeterSample(T0.plusSeconds(3600), 7_000), new MeterSample(T0.plusSeconds(5400), 7_000)));

        PriceBreakdown price = TariffCalculator.price(terms, profile);

        assertThat(price.chargingSeconds()).isEqualTo(3_600);
        assertThat(price.parkingSeconds()).isEqualTo(1_800);
        assertThat(price.net()).isEqualTo(600 + 1_500);
    }

    @Test
    void roundsTheDimensionTotalUpToTheLastElementsStepSize() {
        TariffTerms terms =
                Terms.in("UGX").element(component(ENERGY, 1_000, "0", 1_000)).build();

        PriceBreakdown price =
                TariffCalculator.price(terms, ChargingProfile.evenly(T0, T0.plusSeconds(600), KAMPALA, 1_234));

        assertThat(price.lines().getFirst().quantity()).isEqualTo(1_234);
        assertThat(price.lines().getFirst().billedQuantity()).isEqualTo(2_000);
        assertThat(price.net()).isEqualTo(2_000);
    }

    @Test
    void chargesTheFlatFeeOnceAndRaisesAShortSessionToTheMinimumAtItsVatRate() {
        TariffTerms terms = Terms.in("UGX")
                .element(component(FLAT, 500, "18", 1), component(ENERGY, 1_000, "18", 1))
                .min(2_000)
                .build();

        PriceBreakdown price =
                TariffCalculator.price(terms, ChargingProfile.evenly(T0, T0.plusSeconds(60), KAMPALA, 500));

        assertThat(price.lines()).extracting(CostLine::type).containsExactly(ENERGY, FLAT);
        assertThat(price.adjustmentNet()).isEqualTo(1_000);
        assertThat(price.net()).isEqualTo(2_000);
        assertThat(price.vat()).isEqualTo(360);
        assertThat(price.total()).isEqualTo(2_360);
    }

    @Test
    void capsALongSessionAtTheMaximum() {
        TariffTerms terms = Terms.in("USD")
                .element(component(ENERGY, 40, "10", 1))
                .max(1_000)
                .build();

        PriceBreakdown price =
                TariffCalculator.price(terms, ChargingProfile.evenly(T0, T0.plusSeconds(36_000), KAMPALA, 50_000));

        assertThat(price.net()).isEqualTo(1_000);
        assertThat(price.vat()).isEqualTo(100);
        assertThat(price.adjustmentNet()).isEqualTo(-1_000);
    }

    @Test
    void movesToTheNextEnergyTierWhereTheDeliveredEnergyCrossesIt() {
        TariffTerms terms = Terms.in("UGX")
                .element(energyBelow(5_000), energy(1_000))
                .element(energy(800))
                .build();

        PriceBreakdown price =
                TariffCalculator.price(terms, ChargingProfile.evenly(T0, T0.plusSeconds(3600), KAMPALA, 8_000));

        assertThat(price.lines()).extracting(CostLine::quantity).containsExactly(5_000L, 3_000L);
        assertThat(price.net()).isEqualTo(5_000 + 2_400);
    }

    @Test
    void aSessionWithoutEnergyOrApplicableElementCostsNothing() {
        TariffTerms terms =
                Terms.in("UGX").element(band("18:00", "22:00"), energy(1_000)).build();

        PriceBreakdown price =
                TariffCalculator.price(terms, ChargingProfile.evenly(T0, T0.plusSeconds(600), KAMPALA, 0));

        assertThat(price.lines()).isEmpty();
        assertThat(price.total()).isZero();
    }
}
