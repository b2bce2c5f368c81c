package io.evzone.billing.tariffs.domain;

import java.util.Set;

/**
 * Where and by whom a session is charged, as far as choosing its tariff goes.
 *
 * @param chargePointId the charger's OCPP identity
 * @param driverGroups the driver groups the driver belongs to
 */
public record SessionPlace(
        String organizationId, String siteId, String stationId, String chargePointId, Set<String> driverGroups) {

    public SessionPlace {
        driverGroups = driverGroups == null ? Set.of() : Set.copyOf(driverGroups);
    }

    public boolean covers(Assignment assignment) {
        String here = switch (assignment.scope()) {
            case ORGANIZATION -> organizationId;
            case SITE -> siteId;
            case STATION -> stationId;
            case CHARGE_POINT -> chargePointId;
        };
        return assignment.targetId().equals(here)
                && (assignment.isPublic() || driverGroups.contains(assignment.driverGroup()));
    }
}
