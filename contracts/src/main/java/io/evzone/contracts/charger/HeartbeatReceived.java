package io.evzone.contracts.charger;

import java.time.Instant;

/** The charger is alive: a Heartbeat (or any other message, at the gateway's discretion). */
public record HeartbeatReceived(String ocppId, Instant receivedAt) {}
