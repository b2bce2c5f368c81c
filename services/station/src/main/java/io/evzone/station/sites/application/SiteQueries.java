package io.evzone.station.sites.application;

import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.sites.domain.Site;
import io.evzone.station.sites.domain.SiteStats;
import io.evzone.station.sites.domain.Sites;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sites, within the caller's organization scope. */
@Service
@Transactional(readOnly = true)
public class SiteQueries {

    private final Sites sites;

    public SiteQueries(Sites sites) {
        this.sites = sites;
    }

    public Site get(UUID id, OrganizationScope scope) {
        return sites.byId(id, scope).orElseThrow(() -> DomainException.notFound("Site", id));
    }

    public List<Site> list(OrganizationScope scope, String organizationId, String query, int limit, int offset) {
        return sites.list(scope, organizationId, query, limit, offset);
    }

    public SiteStats stats(UUID id, OrganizationScope scope) {
        return sites.stats(get(id, scope));
    }
}
