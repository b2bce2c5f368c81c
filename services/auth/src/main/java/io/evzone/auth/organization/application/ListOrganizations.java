package io.evzone.auth.organization.application;

import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.OrganizationStatus;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.Ids;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Organizations a caller can see: all for platform administrators, their own for everyone else. */
@Service
public class ListOrganizations {

    private final Organizations organizations;

    public ListOrganizations(Organizations organizations) {
        this.organizations = organizations;
    }

    public record Query(String q, OrganizationStatus status, AccessTokenClaims caller, int limit, int offset) {}

    public List<Organization> handle(Query query) {
        if (query.caller().isPlatformAdmin()) {
            return organizations.list(query.q(), query.status(), null, query.limit(), query.offset());
        }
        UUID memberId = Ids.uuidOrNull(query.caller().userId());
        if (memberId == null) {
            return List.of();
        }
        return organizations.list(query.q(), query.status(), memberId, query.limit(), query.offset());
    }
}
