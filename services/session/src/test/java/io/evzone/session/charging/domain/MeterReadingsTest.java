package io.evzone.session.charging.domain;

import static io.evzone.session.charging.domain.Transactions.T0;
import static io.evzone.session.charging.domain.Transactions.energy;
import static io.evzone.session.charging.domain.Transactions.power;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.MeterSample;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeterReadingsTest {

    @Test
    void convertsKilowattHourRegistersToWattHours() {
        var readings = MeterReadings.none().with(List.of(energy("12.345", "kWh", T0)));

        assertThat(readings.lastRegisterWh()).isEqualTo(12_345L);
    }

    @Test
    void keepsTheEarliestAndLatestRegisterBySampleTimeNotArrivalOrder() {
        var readings = MeterReadings.none()
                .with(List.of(energy("3000", "Wh", T0.plusSeconds(120))))
                .with(List.of(energy("1000", "Wh", T0)))
                .with(List.of(energy("2000", "Wh", T0.plusSeconds(60))));

        assertThat(readings.firstRegisterWh()).isEqualTo(1000L);
        assertThat(readings.lastRegisterWh()).isEqualTo(3000L);
    }

    @Test
    void takesTheLatestPowerInWattsAndConvertsKilowatts() {
        var readings =
                MeterReadings.none().with(List.of(power("7.4", "kW", T0.plusSeconds(60)), power("3000", "W", T0)));

        assertThat(readings.powerW()).isEqualTo(7400L);
        assertThat(readings.powerAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void sumsLinePhasesWhenNoTotalIsReported() {
        List<MeterSample> phases = List.of(
                new MeterSample(T0, new BigDecimal("1000"), "Power.Active.Import", "L1", "W", null, null),
                new MeterSample(T0, new BigDecimal("1100"), "Power.Active.Import", "L2", "W", null, null),
                new MeterSample(T0, new BigDecimal("1200"), "Power.Active.Import", "L3", "W", null, null));

        assertThat(MeterReadings.none().with(phases).powerW()).isEqualTo(3300L);
    }

    @Test
    void aValueWithoutMeasurandIsTheEnergyRegisterAndInletValuesDoNotCount() {
        var readings = MeterReadings.none()
                .with(List.of(
                        new MeterSample(T0, new BigDecimal("500"), null, null, null, null, null),
                        new MeterSample(
                                T0.plusSeconds(1),
                                new BigDecimal("999999"),
                                "Energy.Active.Import.Register",
                                null,
                                "Wh",
                                null,
                                "Inlet")));

        assertThat(readings.lastRegisterWh()).isEqualTo(500L);
    }
}
