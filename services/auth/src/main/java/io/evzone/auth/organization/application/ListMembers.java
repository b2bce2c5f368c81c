package io.evzone.auth.organization.application;

import io.evzone.auth.organization.domain.Member;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The members of an organization. */
@Service
public class ListMembers {

    private final Memberships memberships;

    public ListMembers(Memberships memberships) {
        this.memberships = memberships;
    }

    public List<Member> handle(UUID organizationId, AccessTokenClaims caller, int limit, int offset) {
        OrganizationAccess.requireRead(caller, organizationId);
        return memberships.ofOrganization(organizationId, limit, offset);
    }
}
