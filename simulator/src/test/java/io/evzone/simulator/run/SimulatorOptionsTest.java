package io.evzone.simulator.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SimulatorOptionsTest {

    private static SimulatorOptions withPrefix(String prefix) {
        return SimulatorOptions.builder(URI.create("ws://localhost:3003/ocpp"))
                .prefix(prefix)
                .chargers(3)
                .build();
    }

    @Test
    void eachChargersDriverHasATagOfItsOwnThatNamesTheCharger() {
        SimulatorOptions options = withPrefix("BENCH");

        assertThat(options.idTag(0)).isEqualTo("TAG-BENCH-00001");
        assertThat(options.idTag(2)).isEqualTo("TAG-BENCH-00003");
    }

    @Test
    void simulationsWithOtherPrefixesNeverShareATag() {
        assertThat(withPrefix("WARM").idTag(0)).isNotEqualTo(withPrefix("BENCH").idTag(0));
    }

    @Test
    void aLongPrefixStillGivesATagOcpp16Accepts() {
        SimulatorOptions one = withPrefix("A-VERY-LONG-CHARGER-PREFIX");
        SimulatorOptions other = withPrefix("ANOTHER-LONG-CHARGER-PREFIX");

        assertThat(one.idTag(0)).hasSizeLessThanOrEqualTo(20).isNotEqualTo(other.idTag(0));
        assertThat(one.idTag(0)).isNotEqualTo(one.idTag(1));
    }
}
