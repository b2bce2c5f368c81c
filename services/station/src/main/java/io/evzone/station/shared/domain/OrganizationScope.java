package io.evzone.station.shared.domain;

/**
 * Which organizations' records a caller may see and change: their active organization, or every
 * organization for a platform administrator. Records outside the scope do not exist for the caller
 * (404, never 403, so ids of other tenants cannot be probed).
 *
 * @param organizationId the caller's active organization; null for a caller without one
 * @param everything true for platform administrators
 */
public record OrganizationScope(String organizationId, boolean everything) {

    public static OrganizationScope of(String organizationId) {
        return new OrganizationScope(organizationId, false);
    }

    public static OrganizationScope platform() {
        return new OrganizationScope(null, true);
    }

    public boolean includes(String organization) {
        return everything || (organizationId != null && organizationId.equals(organization));
    }

    /** The organization new records are created in: the caller's, or the one an administrator names. */
    public String owner(String requested) {
        if (everything) {
            if (requested == null || requested.isBlank()) {
                throw DomainException.invalid("organizationId: platform administrators must name the organization");
            }
            return requested;
        }
        if (organizationId == null) {
            throw DomainException.invalid("organizationId: the caller has no active organization");
        }
        if (requested != null && !requested.isBlank() && !requested.equals(organizationId)) {
            throw DomainException.invalid("organizationId: must be the caller's active organization");
        }
        return organizationId;
    }
}
