package io.evzone.auth.organization.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organizations (repository port). */
public interface Organizations {

    Optional<Organization> byId(UUID id);

    /** Adds a new organization; a name already in use (ignoring case) is a conflict. */
    void add(Organization organization);

    void update(Organization organization);

    /**
     * Organizations matching the filter, by name.
     *
     * @param query part of the name, or null
     * @param memberId only organizations this user is a member of, or null for all
     */
    List<Organization> list(String query, OrganizationStatus status, UUID memberId, int limit, int offset);
}
