package io.evzone.station.chargepoints.domain;

import java.util.Optional;
import java.util.UUID;

/** Repository port of the passwords sent to chargers and not yet confirmed: at most one per charge point. */
public interface PendingPasswords {

    Optional<PendingPassword> of(UUID chargePointId);

    /** Replaces the charge point's pending password, if it had one. */
    void save(PendingPassword pending);

    void remove(UUID chargePointId);
}
