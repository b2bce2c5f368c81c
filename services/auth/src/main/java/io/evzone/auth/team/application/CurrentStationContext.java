package io.evzone.auth.team.application;

import io.evzone.auth.team.domain.StationAssignment;
import io.evzone.auth.team.domain.StationAssignments;
import io.evzone.auth.team.domain.StationContexts;
import io.evzone.auth.users.application.SelectedStationContexts;
import io.evzone.auth.users.application.UserView;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The user payload's station context: the selected assignment, while it exists and is active. */
@Component
class CurrentStationContext implements SelectedStationContexts {

    private final StationContexts contexts;
    private final StationAssignments assignments;

    CurrentStationContext(StationContexts contexts, StationAssignments assignments) {
        this.contexts = contexts;
        this.assignments = assignments;
    }

    @Override
    public Optional<UserView.StationContext> of(UUID userId, UUID organizationId) {
        return contexts.selected(userId, organizationId)
                .flatMap(selected -> assignments.of(userId, organizationId).stream()
                        .filter(a -> a.id().equals(selected) && a.isActive())
                        .findFirst()
                        .map(CurrentStationContext::view));
    }

    private static UserView.StationContext view(StationAssignment a) {
        return new UserView.StationContext(a.id(), a.stationId(), a.role());
    }
}
