package io.evzone.station.shared.web;

import io.evzone.contracts.Permissions;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.evzone.station.shared.domain.OrganizationScope;

/** The organization scope of the current request's caller. */
public final class Scopes {

    private Scopes() {}

    public static OrganizationScope current() {
        return of(Caller.current());
    }

    public static OrganizationScope of(AccessTokenClaims claims) {
        return claims.isPlatformAdmin() ? OrganizationScope.platform() : OrganizationScope.of(claims.organizationId());
    }

    /** Whether the caller manages stations (sees its organization's full records) rather than being a driver. */
    public static boolean isOperator(AccessTokenClaims claims) {
        return claims.can(Permissions.STATIONS_READ) || claims.can(Permissions.STATIONS_WRITE);
    }
}
