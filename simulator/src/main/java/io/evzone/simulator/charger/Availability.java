package io.evzone.simulator.charger;

import java.util.List;

/**
 * ChangeAvailability for both versions (OCPP 1.6 §5.2, 2.0.1 G03): a connector with a transaction changes when
 * the transaction ends ("Scheduled"); connector 0 or no EVSE means the whole charger.
 */
final class Availability {
    private Availability() {}

    static String change(SimulatedCharger<?, ?> charger, Integer connectorId, boolean operative) {
        List<Connector> targets;
        if (connectorId == null || connectorId == 0) {
            targets = charger.connectors();
        } else if (charger.connector(connectorId) != null) {
            targets = List.of(charger.connector(connectorId));
        } else {
            return "Rejected";
        }
        boolean scheduled = false;
        for (Connector c : targets) {
            c.operative(operative);
            if (c.transaction() != null) {
                scheduled |= !operative;
                continue;
            }
            ConnectorStatus next = next(c.status(), operative);
            if (next != c.status()) {
                c.status(next);
                c.reservationId(null);
                charger.afterReply(() -> charger.reportStatus(c));
            }
        }
        return scheduled ? "Scheduled" : "Accepted";
    }

    private static ConnectorStatus next(ConnectorStatus current, boolean operative) {
        if (current == ConnectorStatus.FAULTED) {
            return current;
        }
        if (operative) {
            return current == ConnectorStatus.UNAVAILABLE ? ConnectorStatus.AVAILABLE : current;
        }
        return ConnectorStatus.UNAVAILABLE;
    }
}
