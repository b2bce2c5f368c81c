package io.evzone.auth.team.web;

import io.evzone.auth.shared.domain.DomainException;
import io.evzone.auth.team.domain.StationAssignment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A station assignment as the team screens send and read it; isPrimary defaults to false, isActive to true.
 *
 * @param id the assignment's id, as {@code POST /users/me/station-context} names it; ignored on input
 */
record AssignmentBody(
        UUID id,
        @NotBlank @Size(max = 64) String stationId,
        @NotBlank @Size(max = 40) String role,
        Boolean isPrimary,
        Boolean isActive,
        LocalTime shiftStart,
        LocalTime shiftEnd,
        @Size(max = 64) String timezone) {

    static AssignmentBody of(StationAssignment a) {
        return new AssignmentBody(
                a.id(),
                a.stationId(),
                a.role(),
                a.isPrimary(),
                a.isActive(),
                a.shiftStart(),
                a.shiftEnd(),
                a.timezone() == null ? null : a.timezone().getId());
    }

    StationAssignment toDomain() {
        return new StationAssignment(
                null,
                stationId,
                role,
                Boolean.TRUE.equals(isPrimary),
                isActive == null || isActive,
                shiftStart,
                shiftEnd,
                zone());
    }

    private ZoneId zone() {
        try {
            return timezone == null ? null : ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw DomainException.invalid("timezone: unknown time zone '" + timezone + "'");
        }
    }
}
