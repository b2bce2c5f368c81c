package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.chargepoints.domain.Hardware;
import java.time.Instant;

/** Something the gateway observed about a charger's connection. */
public sealed interface PresenceSignal extends ChargerActivity {

    Instant at();

    record Connected(String ocppId, String gatewayNode, Instant at) implements PresenceSignal {}

    /** @param openedAt when the connection that ended had opened; null from older gateways */
    record Disconnected(String ocppId, String reason, Instant at, Instant openedAt) implements PresenceSignal {}

    /** A heartbeat. */
    record Heartbeat(String ocppId, Instant at) implements PresenceSignal {}

    /**
     * A boot the gateway answered, maybe without asking this service (it answers registered, accepted
     * chargers from its own copy of their registration, and new chargers itself while the policy accepts
     * them): the boot data is recorded from here.
     *
     * @param answered what the gateway told the charger
     */
    record Booted(String ocppId, Hardware hardware, OcppVersion version, RegistrationStatus answered, Instant at)
            implements PresenceSignal {}
}
