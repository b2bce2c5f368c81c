package io.evzone.station.chargepoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.contracts.charger.ConnectorStatus;
import io.evzone.station.shared.domain.ConnectorType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConnectorTest {

    private static final Instant NOW = Instant.parse("2026-01-10T08:00:00Z");

    @Test
    void theFirstReportIsAChangeFromNothing() {
        var reported = connector().report(report(ConnectorStatus.AVAILABLE, NOW));

        assertThat(reported.outcome()).isEqualTo(Connector.Reported.Outcome.CHANGED);
        assertThat(reported.previous()).isNull();
        assertThat(reported.connector().status()).isEqualTo(ConnectorStatus.AVAILABLE);
    }

    @Test
    void theSameStatusAgainIsNoChangeAndFaultedIsCalledOut() {
        Connector available =
                connector().report(report(ConnectorStatus.AVAILABLE, NOW)).connector();

        assertThat(available
                        .report(report(ConnectorStatus.AVAILABLE, NOW.plusSeconds(1)))
                        .outcome())
                .isEqualTo(Connector.Reported.Outcome.UNCHANGED);
        var faulted = available.report(report(ConnectorStatus.FAULTED, NOW.plusSeconds(2)));
        assertThat(faulted.outcome()).isEqualTo(Connector.Reported.Outcome.FAULTED);
        assertThat(faulted.previous()).isEqualTo(ConnectorStatus.AVAILABLE);
        assertThat(faulted.connector()
                        .report(report(ConnectorStatus.FAULTED, NOW.plusSeconds(3)))
                        .outcome())
                .isEqualTo(Connector.Reported.Outcome.UNCHANGED);
    }

    @Test
    void aReportOlderThanTheCurrentStatusIsStaleAndChangesNothing() {
        Connector charging =
                connector().report(report(ConnectorStatus.CHARGING, NOW)).connector();

        var late = charging.report(report(ConnectorStatus.AVAILABLE, NOW.minusSeconds(30)));

        assertThat(late.outcome()).isEqualTo(Connector.Reported.Outcome.STALE);
        assertThat(late.connector().status()).isEqualTo(ConnectorStatus.CHARGING);
    }

    @Test
    void noErrorIsNotKeptAsAnErrorCode() {
        assertThat(new Connector.StatusReport(ConnectorStatus.AVAILABLE, "NoError", null, null, NOW).errorCode())
                .isNull();
    }

    @Test
    void connectorNumbersAndPowerAreChecked() {
        UUID cp = UUID.randomUUID();
        assertThatThrownBy(() -> Connector.discovered(UUID.randomUUID(), cp, 0, 1, NOW))
                .hasMessageStartingWith("evseId:");
        assertThatThrownBy(() -> Connector.declared(
                        UUID.randomUUID(), cp, 1, 1, ConnectorType.CCS2, null, BigDecimal.valueOf(-5), NOW))
                .hasMessageStartingWith("maxPowerKw:");
    }

    @Test
    void connectorTypesAreReadByLabelOrName() {
        assertThat(ConnectorType.parse("type", "CHAdeMO")).isEqualTo(ConnectorType.CHADEMO);
        assertThat(ConnectorType.parse("type", "gb-t")).isEqualTo(ConnectorType.GB_T);
        assertThat(ConnectorType.parse("type", "TYPE2")).isEqualTo(ConnectorType.TYPE2);
        assertThatThrownBy(() -> ConnectorType.parse("type", "Schuko")).hasMessageStartingWith("type:");
    }

    private static Connector connector() {
        return Connector.discovered(UUID.randomUUID(), UUID.randomUUID(), 1, 1, NOW.minusSeconds(60));
    }

    private static Connector.StatusReport report(ConnectorStatus status, Instant at) {
        return new Connector.StatusReport(status, null, null, null, at);
    }
}
