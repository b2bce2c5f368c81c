package io.evzone.billing.tariffs.domain;

/**
 * Which organizations' tariffs a caller sees and changes: their active organization, or all of them
 * for a platform administrator. Tariffs outside it do not exist for the caller (404, never 403).
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

    /** The organization a new tariff belongs to: the caller's, or the one an administrator names. */
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
