package io.evzone.station.shared.domain;

import static io.evzone.contracts.charger.ConnectorStatus.AVAILABLE;
import static io.evzone.contracts.charger.ConnectorStatus.CHARGING;
import static io.evzone.contracts.charger.ConnectorStatus.FAULTED;
import static io.evzone.contracts.charger.ConnectorStatus.OCCUPIED;
import static io.evzone.contracts.charger.ConnectorStatus.PREPARING;
import static io.evzone.contracts.charger.ConnectorStatus.RESERVED;
import static io.evzone.contracts.charger.ConnectorStatus.SUSPENDED_EV;
import static io.evzone.contracts.charger.ConnectorStatus.UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.contracts.charger.ConnectorStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    @Test
    void countsAvailableBusyAndOfflineConnectorsThatAddUpToTheTotal() {
        var availability = Availability.of(List.of(
                online(AVAILABLE), online(CHARGING), online(SUSPENDED_EV), online(FAULTED), offline(AVAILABLE)));

        assertThat(availability).isEqualTo(new Availability(5, 1, 2, 2));
    }

    @Test
    void aConnectorOfAnOfflineOrUnacceptedChargerIsOfflineWhateverItLastReported() {
        assertThat(offline(AVAILABLE).bucket()).isEqualTo(Availability.Bucket.OFFLINE);
        assertThat(offline(CHARGING).bucket()).isEqualTo(Availability.Bucket.OFFLINE);
    }

    @Test
    void aChargerReportingItselfUnavailableOrFaultedTakesAllItsConnectorsOutOfService() {
        assertThat(new ConnectorState(true, true, UNAVAILABLE, AVAILABLE).bucket())
                .isEqualTo(Availability.Bucket.OFFLINE);
        assertThat(new ConnectorState(true, true, FAULTED, AVAILABLE).bucket()).isEqualTo(Availability.Bucket.OFFLINE);
        assertThat(new ConnectorState(true, true, AVAILABLE, AVAILABLE).bucket())
                .isEqualTo(Availability.Bucket.AVAILABLE);
    }

    @Test
    void reservedAndOccupiedConnectorsAreBusyAndUnavailableOnesOffline() {
        assertThat(online(RESERVED).bucket()).isEqualTo(Availability.Bucket.BUSY);
        assertThat(online(OCCUPIED).bucket()).isEqualTo(Availability.Bucket.BUSY);
        assertThat(online(PREPARING).bucket()).isEqualTo(Availability.Bucket.BUSY);
        assertThat(online(UNAVAILABLE).bucket()).isEqualTo(Availability.Bucket.OFFLINE);
    }

    @Test
    void aConnectorThatNeverReportedCountsAsOffline() {
        assertThat(new ConnectorState(true, true, null, null).bucket()).isEqualTo(Availability.Bucket.OFFLINE);
    }

    @Test
    void aConnectorOfAnOnlineButUnacceptedChargerIsOffline() {
        assertThat(new ConnectorState(true, false, null, AVAILABLE).bucket()).isEqualTo(Availability.Bucket.OFFLINE);
    }

    @Test
    void noConnectorsIsAllZero() {
        assertThat(Availability.of(List.of())).isEqualTo(Availability.NONE);
    }

    private static ConnectorState online(ConnectorStatus status) {
        return new ConnectorState(true, true, null, status);
    }

    private static ConnectorState offline(ConnectorStatus status) {
        return new ConnectorState(false, true, null, status);
    }
}
