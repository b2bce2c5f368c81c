package io.evzone.station.shared.domain;

import io.evzone.contracts.charger.ConnectorStatus;

/**
 * What decides whether a driver can use a connector now.
 *
 * @param chargerUsable the charger is online and its registration ACCEPTED
 * @param chargerStatus the status the charger reported for itself (OCPP 1.6 connector 0), or null
 * @param status the connector's last reported status, or null before its first report
 */
public record ConnectorState(boolean chargerUsable, ConnectorStatus chargerStatus, ConnectorStatus status) {

    /** The availability bucket of this connector. */
    public Availability.Bucket bucket() {
        if (!chargerUsable || status == null || isOutOfService(chargerStatus)) {
            return Availability.Bucket.OFFLINE;
        }
        if (status.isFree()) {
            return Availability.Bucket.AVAILABLE;
        }
        // Reserved connectors are taken for someone else: busy, as an occupied one.
        if (status.isBusy() || status == ConnectorStatus.RESERVED) {
            return Availability.Bucket.BUSY;
        }
        return Availability.Bucket.OFFLINE;
    }

    private static boolean isOutOfService(ConnectorStatus status) {
        return status == ConnectorStatus.UNAVAILABLE || status == ConnectorStatus.FAULTED;
    }
}
