package io.evzone.station.chargepoints.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A new Basic-auth password sent to a charger (by the command {@code commandId}) that it has not yet connected with.
 * Until it does, the gateway accepts both it and the password in force, so the charger is never locked out.
 */
public record PendingPassword(UUID chargePointId, String passwordHash, UUID commandId, Instant requestedAt) {

    public PendingPassword {
        Objects.requireNonNull(chargePointId, "chargePointId");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** Whether a connection made with this hash's password confirms this rotation, not an older or newer one. */
    public boolean confirmedBy(String hash) {
        return passwordHash.equals(hash);
    }
}
