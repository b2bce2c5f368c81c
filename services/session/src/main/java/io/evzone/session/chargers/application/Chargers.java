package io.evzone.session.chargers.application;

import io.evzone.contracts.charger.ChargerRegistered;
import java.util.Optional;

/** The local projection of which organization owns each charge point. */
public interface Chargers {

    /** The charger, unless unknown or deleted. */
    Optional<KnownCharger> find(String chargePointId);

    /**
     * Records the station service's view of a charger (newer facts win) and gives sessions recorded
     * before the charger was known their organization.
     */
    void record(ChargerRegistered registered);
}
