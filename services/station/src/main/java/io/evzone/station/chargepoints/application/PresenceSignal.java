package io.evzone.station.chargepoints.application;

import java.time.Instant;

/** Something the gateway observed about a charger's connection. */
public sealed interface PresenceSignal {

    String ocppId();

    Instant at();

    record Connected(String ocppId, String gatewayNode, Instant at) implements PresenceSignal {}

    record Disconnected(String ocppId, String reason, Instant at) implements PresenceSignal {}

    /** A heartbeat. */
    record Heartbeat(String ocppId, Instant at) implements PresenceSignal {}

    /** Any other sign of life, such as a boot the gateway reports after answering it. */
    record Heard(String ocppId, Instant at) implements PresenceSignal {}
}
