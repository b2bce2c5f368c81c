package io.evzone.simulator.charger;

import java.time.Duration;
import java.time.Instant;

/**
 * ReserveNow and CancelReservation for both versions; the outcomes are the status names both share (OCPP 1.6
 * §5.13, 2.0.1 H01).
 */
final class Reservations {
    private Reservations() {}

    static String reserve(SimulatedCharger<?, ?> charger, Integer connectorId, int reservationId, Instant expiry) {
        // ReserveConnectorZeroSupported is false: a reservation needs a connector.
        Connector c = connectorId == null ? null : charger.connector(connectorId);
        if (c == null) {
            return "Rejected";
        }
        if (c.status() == ConnectorStatus.FAULTED) {
            return "Faulted";
        }
        if (!c.operative() || c.status() == ConnectorStatus.UNAVAILABLE) {
            return "Unavailable";
        }
        boolean sameReservation = Integer.valueOf(reservationId).equals(c.reservationId());
        if (c.transaction() != null || (c.status() != ConnectorStatus.AVAILABLE && !sameReservation)) {
            return "Occupied";
        }
        c.reservationId(reservationId);
        c.status(ConnectorStatus.RESERVED);
        charger.afterReply(() -> charger.reportStatus(c));
        Duration left = Duration.between(charger.now(), expiry);
        charger.later(left.isNegative() ? Duration.ZERO : left, () -> end(charger, c, reservationId));
        return "Accepted";
    }

    static boolean cancel(SimulatedCharger<?, ?> charger, int reservationId) {
        for (Connector c : charger.connectors()) {
            if (Integer.valueOf(reservationId).equals(c.reservationId())) {
                charger.afterReply(() -> end(charger, c, reservationId));
                return true;
            }
        }
        return false;
    }

    private static void end(SimulatedCharger<?, ?> charger, Connector c, int reservationId) {
        if (Integer.valueOf(reservationId).equals(c.reservationId())) {
            c.reservationId(null);
            if (c.status() == ConnectorStatus.RESERVED) {
                c.status(ConnectorStatus.AVAILABLE);
                charger.reportStatus(c);
            }
        }
    }
}
