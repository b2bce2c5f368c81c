package io.evzone.auth.team.application;

import io.evzone.auth.audit.application.AuditTrail;
import io.evzone.auth.audit.domain.AuditEntry;
import io.evzone.auth.audit.domain.AuditType;
import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.shared.ClientInfo;
import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.team.domain.StationAssignment;
import io.evzone.auth.team.domain.StationAssignments;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces a team member's station assignments: each station once, at most one primary. */
@Service
public class AssignStations {

    private final TeamScope team;
    private final StationAssignments assignments;
    private final AuditTrail audit;

    public AssignStations(TeamScope team, StationAssignments assignments, AuditTrail audit) {
        this.team = team;
        this.assignments = assignments;
        this.audit = audit;
    }

    public record Assignment(
            UUID userId, List<StationAssignment> stations, AccessTokenClaims caller, ClientInfo client) {}

    @Transactional
    public List<StationAssignment> handle(Assignment assignment) {
        Membership member = team.member(assignment.caller(), assignment.userId());
        Set<String> stations = new HashSet<>();
        for (StationAssignment station : assignment.stations()) {
            if (!stations.add(station.stationId())) {
                throw DomainException.invalid("stationId: " + station.stationId() + " is assigned twice");
            }
        }
        if (assignment.stations().stream().filter(StationAssignment::isPrimary).count() > 1) {
            throw DomainException.invalid("isPrimary: at most one station is primary");
        }
        assignments.replace(member.userId(), member.organizationId(), assignment.stations());
        audit.record(
                AuditEntry.of(AuditType.STATION_ASSIGNMENTS_CHANGED)
                        .user(member.userId())
                        .organization(member.organizationId())
                        .actor(assignment.caller().userId())
                        .detail(stations.size() + " station(s)"),
                assignment.client());
        return assignments.of(member.userId(), member.organizationId());
    }
}
