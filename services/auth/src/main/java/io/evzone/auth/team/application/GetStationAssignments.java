package io.evzone.auth.team.application;

import io.evzone.auth.organization.domain.Membership;
import io.evzone.auth.team.domain.StationAssignment;
import io.evzone.auth.team.domain.StationAssignments;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A team member's station assignments in the caller's organization. */
@Service
public class GetStationAssignments {

    private final TeamScope team;
    private final StationAssignments assignments;

    public GetStationAssignments(TeamScope team, StationAssignments assignments) {
        this.team = team;
        this.assignments = assignments;
    }

    public List<StationAssignment> handle(UUID userId, AccessTokenClaims caller) {
        Membership member = team.member(caller, userId);
        return assignments.of(member.userId(), member.organizationId());
    }
}
