package io.evzone.platform.commands;

import java.time.Duration;
import java.util.Objects;

/**
 * A service's settings for its commands, from its own configuration keys.
 *
 * @param timeout the deadline the gateway gets; it reports TIMED_OUT after
 * @param retention how long finished commands are kept (by request time); zero or negative: forever
 * @param grace how long after the deadline a command without any outcome is timed out here (the gateway or its
 *     result may be lost)
 */
public record CommandSettings(Duration timeout, Duration retention, Duration grace) {

    public CommandSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retention, "retention");
        grace = grace == null ? Duration.ofSeconds(30) : grace;
        if (!timeout.isPositive()) {
            throw new IllegalArgumentException("command timeout must be positive");
        }
    }

    public CommandSettings(Duration timeout, Duration retention) {
        this(timeout, retention, null);
    }
}
