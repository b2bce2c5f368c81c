package io.evzone.auth.organization.application;

import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** One organization, for platform administrators and callers active in it. */
@Service
public class GetOrganization {

    private final Organizations organizations;

    public GetOrganization(Organizations organizations) {
        this.organizations = organizations;
    }

    public Organization handle(UUID organizationId, AccessTokenClaims caller) {
        OrganizationAccess.requireRead(caller, organizationId);
        return organizations
                .byId(organizationId)
                .orElseThrow(() -> DomainException.notFound("Organization " + organizationId + " not found"));
    }
}
