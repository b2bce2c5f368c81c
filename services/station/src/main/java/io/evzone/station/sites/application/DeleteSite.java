package io.evzone.station.sites.application;

import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import io.evzone.station.sites.domain.Sites;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator removes a site that no station uses any more. */
@Service
public class DeleteSite {

    private final Sites sites;

    public DeleteSite(Sites sites) {
        this.sites = sites;
    }

    @Transactional
    public void handle(UUID id, OrganizationScope scope) {
        sites.delete(sites.byId(id, scope).orElseThrow(() -> DomainException.notFound("Site", id)));
    }
}
