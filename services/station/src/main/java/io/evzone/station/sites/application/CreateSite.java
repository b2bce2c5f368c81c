package io.evzone.station.sites.application;

import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.sites.domain.Site;
import io.evzone.station.sites.domain.SiteDetails;
import io.evzone.station.sites.domain.Sites;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator records a site of their organization. */
@Service
public class CreateSite {

    private final Sites sites;
    private final Clock clock;

    public CreateSite(Sites sites, Clock clock) {
        this.sites = sites;
        this.clock = clock;
    }

    /** @param organizationId for platform administrators: the organization that owns the site */
    public record Creation(SiteDetails details, String organizationId, OrganizationScope scope) {}

    @Transactional
    public Site handle(Creation creation) {
        Site site = Site.create(
                UUID.randomUUID(),
                creation.scope().owner(creation.organizationId()),
                creation.details(),
                clock.instant());
        sites.add(site);
        return site;
    }
}
