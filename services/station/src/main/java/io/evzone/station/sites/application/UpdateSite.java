package io.evzone.station.sites.application;

import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.sites.domain.Site;
import io.evzone.station.sites.domain.SiteDetails;
import io.evzone.station.sites.domain.Sites;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator changes a site's details. */
@Service
public class UpdateSite {

    private final Sites sites;
    private final Clock clock;

    public UpdateSite(Sites sites, Clock clock) {
        this.sites = sites;
        this.clock = clock;
    }

    @Transactional
    public Site handle(UUID id, SiteDetails changes, OrganizationScope scope) {
        Site site = sites.byId(id, scope).orElseThrow(() -> DomainException.notFound("Site", id));
        Site changed = site.change(changes, clock.instant());
        sites.update(changed);
        return changed;
    }
}
