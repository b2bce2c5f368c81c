package io.evzone.auth.organization.domain;

import java.time.Instant;
import java.util.UUID;

/** A membership with what a user's profile shows about its organization. */
public record MembershipDetails(
        UUID organizationId,
        String organizationName,
        OrganizationStatus organizationStatus,
        String role,
        MembershipStatus status,
        Instant createdAt) {

    /** The user can act in this organization: both the membership and the organization are active. */
    public boolean usable() {
        return status == MembershipStatus.ACTIVE && organizationStatus == OrganizationStatus.ACTIVE;
    }
}
