package io.evzone.auth.team.domain;

import io.evzone.auth.shared.domain.DomainException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A member's place at one station of their organization: a role there, whether it is their primary
 * station, whether the assignment is in force, and an optional daily shift in a time zone.
 *
 * @param id the assignment's id, null until stored; it stays the same while the member keeps the station
 */
public record StationAssignment(
        UUID id,
        String stationId,
        String role,
        boolean isPrimary,
        boolean isActive,
        LocalTime shiftStart,
        LocalTime shiftEnd,
        ZoneId timezone) {

    public StationAssignment {
        if (stationId == null || stationId.isBlank()) {
            throw DomainException.invalid("stationId: must not be blank");
        }
        if (role == null || role.isBlank()) {
            throw DomainException.invalid("role: must not be blank");
        }
        if ((shiftStart == null) != (shiftEnd == null)) {
            throw DomainException.invalid("shiftStart: and shiftEnd are given together or not at all");
        }
        if (shiftStart != null && timezone == null) {
            throw DomainException.invalid("timezone: is required with a shift");
        }
    }
}
