package io.evzone.auth.team.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The station assignment each member selected as the one they work at now, per organization (repository port). */
public interface StationContexts {

    /** The selected assignment's id, whether or not the assignment is still active. */
    Optional<UUID> selected(UUID userId, UUID organizationId);

    /** Makes {@code assignmentId}, one of the member's assignments in the organization, their selection. */
    void select(UUID userId, UUID organizationId, UUID assignmentId, Instant at);
}
