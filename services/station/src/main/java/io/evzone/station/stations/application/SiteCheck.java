package io.evzone.station.stations.application;

import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.sites.domain.Sites;
import java.util.UUID;

/** A station may only be placed on a site of its own organization. */
final class SiteCheck {

    private final Sites sites;

    SiteCheck(Sites sites) {
        this.sites = sites;
    }

    void requireIn(UUID siteId, String organizationId) {
        if (siteId != null
                && sites.byId(siteId, OrganizationScope.of(organizationId)).isEmpty()) {
            throw DomainException.invalid("siteId: no site " + siteId + " in the station's organization");
        }
    }
}
