package io.evzone.billing.tariffs.domain;

import java.util.Objects;

/**
 * A tariff applies to sessions at a place: an organization's chargers, a site's, a station's, or one
 * charger's; for everyone (the public price) or for the members of a driver group.
 *
 * @param driverGroup null for the public price
 */
public record Assignment(AssignmentScope scope, String targetId, String driverGroup) {

    public Assignment {
        Objects.requireNonNull(scope, "scope");
        if (targetId == null || targetId.isBlank()) {
            throw DomainException.invalid("targetId: required");
        }
        driverGroup = driverGroup == null || driverGroup.isBlank() ? null : driverGroup.strip();
    }

    public boolean isPublic() {
        return driverGroup == null;
    }
}
