package io.evzone.station.sites.domain;

import io.evzone.station.shared.domain.OrganizationScope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Repository port of sites. Every read is limited to the caller's organization scope. */
public interface Sites {

    Optional<Site> byId(UUID id, OrganizationScope scope);

    /** By name, then id; {@code organizationId} narrows a platform administrator's listing. */
    List<Site> list(OrganizationScope scope, String organizationId, String query, int limit, int offset);

    void add(Site site);

    void update(Site site);

    /** Deletes the site; a conflict while stations still reference it. */
    void delete(Site site);

    SiteStats stats(Site site);
}
