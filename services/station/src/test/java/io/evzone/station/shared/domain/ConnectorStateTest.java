package io.evzone.station.shared.domain;

import static io.evzone.contracts.charger.ConnectorStatus.AVAILABLE;
import static io.evzone.contracts.charger.ConnectorStatus.CHARGING;
import static io.evzone.contracts.charger.ConnectorStatus.FAULTED;
import static io.evzone.contracts.charger.ConnectorStatus.PREPARING;
import static io.evzone.contracts.charger.ConnectorStatus.RESERVED;
import static io.evzone.contracts.charger.ConnectorStatus.UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.ConnectorStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorStateTest {

    @Test
    void aConnectorShowsWhatItReportedWhileItsChargerIsConnectedAndAccepted() {
        assertThat(online(PREPARING).shownStatus()).isEqualTo("PREPARING");
        assertThat(online(null).shownStatus()).isEqualTo("UNKNOWN");
    }

    @Test
    void aConnectorOfADisconnectedChargerIsOfflineWhateverItLastReported() {
        assertThat(new ConnectorState(false, true, null, PREPARING).shownStatus())
                .isEqualTo("OFFLINE");
    }

    @Test
    void aConnectedButUnacceptedOrOutOfServiceChargerShowsItsConnectorsAsSuch() {
        assertThat(new ConnectorState(true, false, null, PREPARING).shownStatus())
                .isEqualTo("UNAVAILABLE");
        assertThat(new ConnectorState(true, true, UNAVAILABLE, AVAILABLE).shownStatus())
                .isEqualTo("UNAVAILABLE");
        assertThat(new ConnectorState(true, true, FAULTED, AVAILABLE).shownStatus())
                .isEqualTo("FAULTED");
    }

    @Test
    void aChargePointIsOfflineWhenDisconnectedWhateverItsConnectorsLastReported() {
        assertThat(ConnectorState.chargePointStatus(false, List.of(online(CHARGING))))
                .isEqualTo("OFFLINE");
    }

    @Test
    void aChargePointShowsItsMostTellingConnector() {
        assertThat(status(AVAILABLE, CHARGING, FAULTED)).isEqualTo("FAULTED");
        assertThat(status(AVAILABLE, PREPARING)).isEqualTo("CHARGING");
        assertThat(status(UNAVAILABLE, AVAILABLE)).isEqualTo("AVAILABLE");
        assertThat(status(RESERVED, UNAVAILABLE)).isEqualTo("RESERVED");
        assertThat(status(UNAVAILABLE)).isEqualTo("UNAVAILABLE");
    }

    @Test
    void aConnectedChargePointWhoseConnectorsNeverReportedIsOnline() {
        assertThat(ConnectorState.chargePointStatus(true, List.of())).isEqualTo("ONLINE");
        assertThat(ConnectorState.chargePointStatus(true, List.of(online(null))))
                .isEqualTo("ONLINE");
    }

    private static String status(ConnectorStatus... connectors) {
        return ConnectorState.chargePointStatus(
                true,
                List.of(connectors).stream().map(ConnectorStateTest::online).toList());
    }

    private static ConnectorState online(ConnectorStatus status) {
        return new ConnectorState(true, true, null, status);
    }
}
