package io.evzone.billing.tariffs.domain;

import static io.evzone.billing.tariffs.domain.Terms.band;
import static io.evzone.billing.tariffs.domain.Terms.bandOn;
import static io.evzone.billing.tariffs.domain.Terms.energy;
import static io.evzone.billing.tariffs.domain.Terms.energyBelow;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ElementOverlapsTest {

    @Test
    void refusesTimeBandsOfOneDimensionThatOverlap() {
        assertThatThrownBy(() -> Terms.in("UGX")
                        .element(band("08:00", "18:00"), energy(1_000))
                        .element(band("17:00", "22:00"), energy(1_500))
                        .build())
                .hasMessageStartingWith("elements[1].restrictions.startTime: the band overlaps elements[0]'s");
        assertThatThrownBy(() -> Terms.in("UGX")
                        .element(band("22:00", "06:00"), energy(1_000))
                        .element(band("05:00", "07:00"), energy(1_500))
                        .build())
                .as("a band past midnight")
                .hasMessageStartingWith("elements[1].restrictions.startTime");
    }

    @Test
    void refusesAnElementAfterAnUnrestrictedOneOfTheSameDimension() {
        assertThatThrownBy(() -> Terms.in("UGX")
                        .element(energy(1_000))
                        .element(band("18:00", "22:00"), energy(1_500))
                        .build())
                .hasMessageStartingWith("elements[1]: never applies");
    }

    @Test
    void acceptsAdjacentBandsOtherDaysAFallbackLastAndDifferentKindsOfRestriction() {
        assertThatCode(() -> Terms.in("UGX")
                        .element(band("08:00", "18:00"), energy(1_000))
                        .element(band("18:00", "08:00"), energy(1_500))
                        .element(bandOn("09:00", "12:00", Set.of(DayOfWeek.SUNDAY)), energy(500))
                        .element(energyBelow(5_000), energy(900))
                        .element(energy(700))
                        .build())
                .doesNotThrowAnyException();
    }
}
