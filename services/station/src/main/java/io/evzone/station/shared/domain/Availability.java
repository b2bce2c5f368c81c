package io.evzone.station.shared.domain;

import java.util.Collection;

/**
 * How many connectors a driver could use now ({@code available}), are in use or reserved
 * ({@code busy}), or cannot be used ({@code offline}: the charger is offline or not accepted, the
 * connector or the whole charger is UNAVAILABLE or FAULTED, or it never reported a status).
 * {@code total} is the sum of the three.
 */
public record Availability(int total, int available, int busy, int offline) {

    public enum Bucket {
        AVAILABLE,
        BUSY,
        OFFLINE
    }

    public static final Availability NONE = new Availability(0, 0, 0, 0);

    public static Availability of(Collection<ConnectorState> connectors) {
        int available = 0;
        int busy = 0;
        int offline = 0;
        for (ConnectorState connector : connectors) {
            switch (connector.bucket()) {
                case AVAILABLE -> available++;
                case BUSY -> busy++;
                case OFFLINE -> offline++;
            }
        }
        return new Availability(available + busy + offline, available, busy, offline);
    }
}
