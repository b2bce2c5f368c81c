package io.evzone.auth.team.application;

import io.evzone.auth.team.domain.StationAssignment;
import java.util.UUID;

/**
 * One of the caller's active station assignments, as the station picker lists it.
 *
 * @param selected whether it is the one the caller works at now
 */
public record StationContext(UUID organizationId, StationAssignment assignment, boolean selected) {}
