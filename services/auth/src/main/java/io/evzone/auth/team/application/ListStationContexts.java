package io.evzone.auth.team.application;

import io.evzone.auth.shared.Ids;
import io.evzone.auth.team.domain.StationAssignment;
import io.evzone.auth.team.domain.StationAssignments;
import io.evzone.auth.team.domain.StationContexts;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The caller's active station assignments in the organization their token is active in, the selected
 * one marked. A caller without an active organization has none.
 */
@Service
public class ListStationContexts {

    private final StationAssignments assignments;
    private final StationContexts contexts;

    public ListStationContexts(StationAssignments assignments, StationContexts contexts) {
        this.assignments = assignments;
        this.contexts = contexts;
    }

    public List<StationContext> handle(AccessTokenClaims caller) {
        UUID user = Ids.uuidOrNull(caller.userId());
        UUID organization = Ids.uuidOrNull(caller.organizationId());
        if (user == null || organization == null) {
            return List.of();
        }
        Optional<UUID> selected = contexts.selected(user, organization);
        return assignments.of(user, organization).stream()
                .filter(StationAssignment::isActive)
                .map(a -> new StationContext(
                        organization, a, selected.filter(a.id()::equals).isPresent()))
                .toList();
    }
}
