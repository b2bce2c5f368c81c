package io.evzone.auth.device.application;

import io.evzone.auth.device.domain.Device;
import io.evzone.auth.device.domain.KnownDevices;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.SecretTokens;
import io.evzone.auth.shared.application.AuthEvents;
import io.evzone.contracts.auth.NewDeviceSignedIn;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers the device of a successful sign-in and, when the user had signed in before but never from it, publishes
 * {@link NewDeviceSignedIn} so they hear of it. A device is told apart by the SHA-256 of its user agent and address. An account's first sign-in is from a new device by definition and
 * tells nobody anything.
 */
@Service
public class RecognizeDevice {

    private final KnownDevices devices;
    private final AuthEvents events;

    public RecognizeDevice(KnownDevices devices, AuthEvents events) {
        this.devices = devices;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(UUID userId, ClientInfo client, Instant at) {
        Device device = new Device(
                SecretTokens.sha256(Objects.toString(client.userAgent(), "") + "\n" + client.ip()),
                client.userAgent(),
                client.ip());
        boolean signedInBefore = devices.anyOf(userId);
        if (devices.remember(userId, device, at) && signedInBefore) {
            events.publish(
                    userId,
                    new NewDeviceSignedIn(
                            userId.toString(), device.fingerprint(), device.userAgent(), device.ip(), at));
        }
    }
}
