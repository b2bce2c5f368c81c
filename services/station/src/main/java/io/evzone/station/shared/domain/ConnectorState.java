package io.evzone.station.shared.domain;

import io.evzone.contracts.charger.ConnectorStatus;
import java.util.Collection;
import java.util.List;

/**
 * What decides a connector's status as every view shows it, and whether a driver can use it now:
 * the station view, the availability counts and the charge point view all derive it here, so they
 * never disagree about the same connector.
 *
 * @param online the charger is connected
 * @param accepted the charger's registration is ACCEPTED
 * @param chargerStatus the status the charger reported for itself (OCPP 1.6 connector 0), or null
 * @param status the connector's last reported status, or null before its first report
 */
public record ConnectorState(boolean online, boolean accepted, ConnectorStatus chargerStatus, ConnectorStatus status) {

    public static final String OFFLINE = "OFFLINE";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String ONLINE = "ONLINE";

    /**
     * The connector's status as shown: {@code OFFLINE} while the charger is not connected, FAULTED or
     * UNAVAILABLE when the whole charger is (or is not accepted), {@code UNKNOWN} before the first
     * report, otherwise the reported status.
     */
    public String shownStatus() {
        if (!online) {
            return OFFLINE;
        }
        ConnectorStatus effective = effectiveStatus();
        return effective == null ? UNKNOWN : effective.name();
    }

    /** The availability bucket of this connector. */
    public Availability.Bucket bucket() {
        ConnectorStatus effective = effectiveStatus();
        if (effective == null) {
            return Availability.Bucket.OFFLINE;
        }
        if (effective.isFree()) {
            return Availability.Bucket.AVAILABLE;
        }
        // Reserved connectors are taken for someone else: busy, as an occupied one.
        if (effective.isBusy() || effective == ConnectorStatus.RESERVED) {
            return Availability.Bucket.BUSY;
        }
        return Availability.Bucket.OFFLINE;
    }

    /**
     * One status for a whole charge point: OFFLINE when not connected; otherwise FAULTED if a
     * connector is, CHARGING if one is in use, AVAILABLE if one is free, RESERVED, UNAVAILABLE, and
     * ONLINE while no connector has reported yet.
     */
    public static String chargePointStatus(boolean online, Collection<ConnectorState> connectors) {
        if (!online) {
            return OFFLINE;
        }
        List<ConnectorStatus> effective = connectors.stream()
                .map(ConnectorState::effectiveStatus)
                .filter(s -> s != null)
                .toList();
        if (effective.contains(ConnectorStatus.FAULTED)) {
            return ConnectorStatus.FAULTED.name();
        }
        if (effective.stream().anyMatch(ConnectorStatus::isBusy)) {
            return ConnectorStatus.CHARGING.name();
        }
        for (ConnectorStatus shown : List.of(ConnectorStatus.AVAILABLE, ConnectorStatus.RESERVED)) {
            if (effective.contains(shown)) {
                return shown.name();
            }
        }
        return effective.isEmpty() ? ONLINE : ConnectorStatus.UNAVAILABLE.name();
    }

    /** What the connector is, in effect, while the charger is connected; null when offline or never reported. */
    private ConnectorStatus effectiveStatus() {
        if (!online) {
            return null;
        }
        if (chargerStatus == ConnectorStatus.FAULTED) {
            return ConnectorStatus.FAULTED;
        }
        if (!accepted || chargerStatus == ConnectorStatus.UNAVAILABLE) {
            return ConnectorStatus.UNAVAILABLE;
        }
        return status;
    }
}
