package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.ConnectorStatusReported;

/** Something a charger did that the gateway observed: its connection, heartbeats, boots and connector statuses. */
public sealed interface ChargerActivity permits PresenceSignal, ChargerActivity.StatusReported {

    String ocppId();

    /** A StatusNotification (1.6) or its 2.0.1 counterpart. */
    record StatusReported(ConnectorStatusReported report) implements ChargerActivity {

        @Override
        public String ocppId() {
            return report.ocppId();
        }
    }
}
