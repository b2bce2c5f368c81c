package io.evzone.auth.users.application;

import java.util.Optional;
import java.util.UUID;

/** The station a member works at now, as they selected it among their active station assignments (a port). */
public interface SelectedStationContexts {

    /** The member's selected and still active station assignment in the organization. */
    Optional<UserView.StationContext> of(UUID userId, UUID organizationId);
}
