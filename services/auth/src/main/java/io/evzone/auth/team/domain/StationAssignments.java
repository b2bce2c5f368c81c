package io.evzone.auth.team.domain;

import java.util.List;
import java.util.UUID;

/** Station assignments of organization members (repository port). */
public interface StationAssignments {

    /** The member's assignments in the organization, in the order they were given. */
    List<StationAssignment> of(UUID userId, UUID organizationId);

    /**
     * Replaces the member's assignments in the organization with {@code assignments}; an assignment to
     * a station the member already had keeps its id.
     */
    void replace(UUID userId, UUID organizationId, List<StationAssignment> assignments);
}
