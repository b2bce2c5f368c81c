package io.evzone.station.stations.domain;

import io.evzone.station.shared.domain.OrganizationScope;

/**
 * Who is looking at stations. Operators (stations.read or stations.write) and platform administrators
 * see every station of their scope in full. Anyone else with a valid token (drivers) sees the public
 * view: ACTIVE stations of every organization, without OCPP identities.
 */
public record StationAudience(OrganizationScope scope, boolean operator) {

    public static StationAudience operator(OrganizationScope scope) {
        return new StationAudience(scope, true);
    }

    public static StationAudience driver() {
        return new StationAudience(null, false);
    }

    public boolean canSee(Station station) {
        return operator ? scope.includes(station.organizationId()) : station.isPublic();
    }
}
