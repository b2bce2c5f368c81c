package io.evzone.auth.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Memberships of users in organizations (repository port). */
public interface Memberships {

    /** The user's memberships with their organizations, oldest first. */
    List<MembershipDetails> ofUser(UUID userId);

    /** The memberships of several users at once (for lists), keyed by user id; users without any are absent. */
    Map<UUID, List<MembershipDetails>> ofUsers(Collection<UUID> userIds);

    Optional<Membership> find(UUID userId, UUID organizationId);

    void add(Membership membership);

    void update(Membership membership);

    void remove(UUID userId, UUID organizationId);

    void removeAllOf(UUID userId);

    List<Member> ofOrganization(UUID organizationId, int limit, int offset);

    /** Active members of the organization holding the role. */
    long countActive(UUID organizationId, String role);
}
