package io.evzone.billing.tariffs.web;

import io.evzone.billing.tariffs.domain.OrganizationScope;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;

/** The organization scope of the current request's caller. */
public final class Scopes {

    private Scopes() {}

    public static OrganizationScope current() {
        return of(Caller.current());
    }

    public static OrganizationScope of(AccessTokenClaims claims) {
        return claims.isPlatformAdmin() ? OrganizationScope.platform() : OrganizationScope.of(claims.organizationId());
    }
}
