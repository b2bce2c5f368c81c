package io.evzone.session.chargers.application;

import io.evzone.contracts.charger.ChargerRegistered;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The local projection of which organization owns each charge point, and at which station it is. */
public interface Chargers {

    /** The charger, unless unknown or deleted. */
    Optional<KnownCharger> find(String chargePointId);

    /** The charger with this registry id (the station service's UUID), unless unknown or deleted. */
    Optional<KnownCharger> findByRegistryId(String registryId);

    /** The registry ids of these chargers (by OCPP identity), for those whose id was learned. */
    Map<String, String> registryIds(Collection<String> chargePointIds);

    /**
     * Records the station service's view of a charger (newer facts win) and gives sessions recorded
     * before the charger was known their organization.
     */
    void record(ChargerRegistered registered);

    /**
     * Records where the charger is (newer facts win) and gives the charger's sessions that have no
     * station yet this one: they were recorded before the station was known.
     */
    void record(StationAssignment assignment);
}
