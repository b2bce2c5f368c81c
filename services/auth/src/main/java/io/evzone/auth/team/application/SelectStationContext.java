package io.evzone.auth.team.application;

import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.team.domain.StationAssignment;
import io.evzone.auth.team.domain.StationContexts;
import io.evzone.platform.security.AccessTokenClaims;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller selects the station they work at now: one of their active assignments in the organization
 * their token is active in. The selection is kept until they select another or the assignment goes.
 */
@Service
public class SelectStationContext {

    private final ListStationContexts list;
    private final StationContexts contexts;
    private final AuditTrail audit;
    private final Clock clock;

    public SelectStationContext(ListStationContexts list, StationContexts contexts, AuditTrail audit, Clock clock) {
        this.list = list;
        this.contexts = contexts;
        this.audit = audit;
        this.clock = clock;
    }

    public record Selection(UUID assignmentId, AccessTokenClaims caller, ClientInfo client) {}

    /** @throws DomainException 404 unless the assignment is one of the caller's active ones */
    @Transactional
    public StationContext handle(Selection selection) {
        StationContext chosen = list.handle(selection.caller()).stream()
                .filter(c -> c.assignment().id().equals(selection.assignmentId()))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound(
                        "assignmentId: no active station assignment " + selection.assignmentId() + " of yours"));
        UUID user = UUID.fromString(selection.caller().userId());
        StationAssignment assignment = chosen.assignment();
        contexts.select(user, chosen.organizationId(), assignment.id(), clock.instant());
        audit.record(
                AuditEntry.of(AuditType.STATION_CONTEXT_SELECTED)
                        .user(user)
                        .organization(chosen.organizationId())
                        .actor(selection.caller().userId())
                        .detail("station " + assignment.stationId()),
                selection.client());
        return new StationContext(chosen.organizationId(), assignment, true);
    }
}
