package io.evzone.station.chargepoints.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a charger is reachable, and when it was last heard from.
 *
 * @param lastSeenAt any message (connection, boot, heartbeat, status report)
 * @param heartbeatIntervalSeconds the interval it was told at its last boot, or null before one
 * @param gatewayNode the gateway node holding its connection, or null
 * @param connectedAt when the current (or last) connection opened
 */
public record Presence(
        boolean online,
        Instant lastBootAt,
        Instant lastHeartbeatAt,
        Instant lastSeenAt,
        Integer heartbeatIntervalSeconds,
        String gatewayNode,
        Instant connectedAt) {

    public static final Presence NEVER_SEEN = new Presence(false, null, null, null, null, null, null);

    Presence heard(Instant at) {
        return new Presence(
                true,
                lastBootAt,
                lastHeartbeatAt,
                latest(lastSeenAt, at),
                heartbeatIntervalSeconds,
                gatewayNode,
                connectedAt);
    }

    Presence heartbeat(Instant at) {
        Presence heard = heard(at);
        return new Presence(
                true,
                heard.lastBootAt,
                latest(lastHeartbeatAt, at),
                heard.lastSeenAt,
                heartbeatIntervalSeconds,
                gatewayNode,
                connectedAt);
    }

    Presence booted(Instant at, int intervalSeconds) {
        Presence heard = heard(at);
        return new Presence(true, at, lastHeartbeatAt, heard.lastSeenAt, intervalSeconds, gatewayNode, connectedAt);
    }

    Presence connected(String node, Instant at) {
        Presence heard = heard(at);
        return new Presence(true, lastBootAt, lastHeartbeatAt, heard.lastSeenAt, heartbeatIntervalSeconds, node, at);
    }

    /**
     * Offline, unless the connection that ended is not the current one: it opened before the current connection
     * (a reconnect replaced it, on this gateway node or another, and its end may be reported after the new one
     * opened). From a gateway that does not say when the ended connection opened ({@code openedAt} null), a
     * disconnection older than the current connection is taken as a replaced one's.
     */
    Presence disconnected(Instant at, Instant openedAt) {
        if (connectedAt != null && (openedAt != null ? openedAt : at).isBefore(connectedAt)) {
            return this;
        }
        return new Presence(
                false, lastBootAt, lastHeartbeatAt, lastSeenAt, heartbeatIntervalSeconds, null, connectedAt);
    }

    Presence offline() {
        return new Presence(
                false, lastBootAt, lastHeartbeatAt, lastSeenAt, heartbeatIntervalSeconds, gatewayNode, connectedAt);
    }

    /** Online but not heard from for more than {@code missed} heartbeat intervals. */
    public boolean isSilent(Instant now, int missed, Duration defaultInterval) {
        if (!online || lastSeenAt == null) {
            return false;
        }
        Duration interval =
                heartbeatIntervalSeconds == null ? defaultInterval : Duration.ofSeconds(heartbeatIntervalSeconds);
        return lastSeenAt.plus(interval.multipliedBy(missed)).isBefore(now);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
