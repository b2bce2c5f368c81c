package io.evzone.auth.organization.domain;

import io.evzone.auth.shared.domain.DomainException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A tenant: a company that operates, hosts or uses chargers. */
public record Organization(UUID id, String name, OrganizationType type, OrganizationStatus status, Instant createdAt) {

    static final int MAX_NAME = 160;

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        name = requireName(name);
    }

    public static Organization create(UUID id, String name, OrganizationType type, Instant now) {
        return new Organization(id, name, type, OrganizationStatus.ACTIVE, now);
    }

    /** The organization with the given fields changed; null keeps a field. */
    public Organization change(String newName, OrganizationType newType, OrganizationStatus newStatus) {
        return new Organization(
                id,
                newName == null ? name : newName,
                newType == null ? type : newType,
                newStatus == null ? status : newStatus,
                createdAt);
    }

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("name: must not be blank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw DomainException.invalid("name: must be at most " + MAX_NAME + " characters");
        }
        return stripped;
    }
}
