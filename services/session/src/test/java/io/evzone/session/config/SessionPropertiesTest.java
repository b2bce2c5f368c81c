package io.evzone.session.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SessionPropertiesTest {

    @Test
    void rawMeterValuesAreKeptThreeMonthsAndTheirHourlyRollupsThreeYearsByDefault() {
        var defaults = properties(null, null);

        assertThat(defaults.meterRetentionMonths()).isEqualTo(3);
        assertThat(defaults.meterRollupRetentionMonths()).isEqualTo(36);
    }

    @Test
    void rollupsMayNotExpireBeforeTheRawValuesTheyAreRolledUpFrom() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> properties(12, 6))
                .withMessageContaining("meter-rollup-retention-months");
        assertThatIllegalArgumentException().isThrownBy(() -> properties(0, 36));
        assertThat(properties(0, 0).meterRollupRetentionMonths()).isZero();
        assertThat(properties(12, 12).meterRollupRetentionMonths()).isEqualTo(12);
    }

    private static SessionProperties properties(Integer rawMonths, Integer rollupMonths) {
        return new SessionProperties(null, null, null, null, rawMonths, null, rollupMonths, null, null, null);
    }
}
