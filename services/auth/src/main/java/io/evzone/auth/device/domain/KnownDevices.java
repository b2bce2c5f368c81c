package io.evzone.auth.device.domain;

import java.time.Instant;
import java.util.UUID;

/** The devices each user has signed in from. */
public interface KnownDevices {

    /** Whether the user has signed in from any device before. */
    boolean anyOf(UUID userId);

    /**
     * Records a sign-in from the device: its first when it is new, its latest otherwise.
     *
     * @return true when the device was not known for the user; of concurrent first sign-ins from one device,
     *     exactly one gets true
     */
    boolean remember(UUID userId, Device device, Instant at);
}
