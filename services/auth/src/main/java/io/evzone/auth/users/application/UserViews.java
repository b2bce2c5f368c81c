package io.evzone.auth.users.application;

import io.evzone.auth.account.domain.User;
import io.evzone.auth.organization.domain.AccessGrant;
import io.evzone.auth.organization.domain.AccessPolicy;
import io.evzone.auth.organization.domain.MembershipDetails;
import io.evzone.auth.organization.domain.Memberships;
import io.evzone.auth.organization.domain.Organization;
import io.evzone.auth.organization.domain.Organizations;
import io.evzone.auth.shared.Ids;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds {@link UserView}s: for the user themselves, and for administrators looking at users. */
@Component
public class UserViews {

    private final Memberships memberships;
    private final Organizations organizations;
    private final SelectedStationContexts stationContexts;

    public UserViews(Memberships memberships, Organizations organizations, SelectedStationContexts stationContexts) {
        this.memberships = memberships;
        this.organizations = organizations;
        this.stationContexts = stationContexts;
    }

    /** The user acting with {@code grant} (login, refresh, organization switch). */
    public UserView withGrant(User user, AccessGrant grant) {
        return view(user, grant, memberships.ofUser(user.id()), stationContext(user, grant));
    }

    /** The caller themselves, as their access token says they act. */
    public UserView self(User user, AccessTokenClaims caller) {
        List<MembershipDetails> mine = memberships.ofUser(user.id());
        UUID org = caller.organizationId() == null ? null : Ids.uuidOrNull(caller.organizationId());
        String orgName = mine.stream()
                .filter(m -> m.organizationId().equals(org))
                .map(MembershipDetails::organizationName)
                .findFirst()
                .or(() ->
                        org == null ? Optional.empty() : organizations.byId(org).map(Organization::name))
                .orElse(null);
        AccessGrant grant = new AccessGrant(
                caller.role() == null ? "driver" : caller.role(),
                caller.permissions(),
                org,
                orgName,
                scope(caller, org));
        return view(user, grant, mine, stationContext(user, grant));
    }

    private UserView.StationContext stationContext(User user, AccessGrant grant) {
        return grant.organizationId() == null
                ? null
                : stationContexts.of(user.id(), grant.organizationId()).orElse(null);
    }

    private static AccessGrant.Scope scope(AccessTokenClaims caller, UUID organizationId) {
        if (caller.isPlatformAdmin()) {
            return AccessGrant.Scope.PLATFORM;
        }
        return organizationId == null ? AccessGrant.Scope.PERSONAL : AccessGrant.Scope.ORGANIZATION;
    }

    /** A user as an administrator sees them: an org admin only sees memberships of their organization. */
    public UserView forAdmin(User user, AccessTokenClaims caller) {
        return forAdmin(user, caller, memberships.ofUser(user.id()));
    }

    public List<UserView> forAdmin(List<User> users, AccessTokenClaims caller) {
        Map<UUID, List<MembershipDetails>> all =
                memberships.ofUsers(users.stream().map(User::id).toList());
        return users.stream()
                .map(u -> forAdmin(u, caller, all.getOrDefault(u.id(), List.of())))
                .toList();
    }

    private UserView forAdmin(User user, AccessTokenClaims caller, List<MembershipDetails> all) {
        UUID callerOrg = caller.organizationId() == null ? null : Ids.uuidOrNull(caller.organizationId());
        List<MembershipDetails> visible = caller.isPlatformAdmin()
                ? all
                : all.stream()
                        .filter(m -> Objects.equals(m.organizationId(), callerOrg))
                        .toList();
        AccessGrant grant = AccessPolicy.resolve(user.platformAdmin(), visible, callerOrg, user.lastOrganizationId());
        return view(user, grant, visible, null);
    }

    private static UserView view(
            User user, AccessGrant grant, List<MembershipDetails> memberships, UserView.StationContext stationContext) {
        return new UserView(
                user.id(),
                user.email(),
                user.phone(),
                user.name(),
                user.country(),
                user.status(),
                grant.role(),
                grant.permissions().stream().sorted().toList(),
                grant.organizationId(),
                grant.organizationName(),
                memberships.stream()
                        .map(m -> new UserView.MembershipView(
                                m.organizationId(),
                                m.organizationName(),
                                m.role(),
                                m.status().name()))
                        .toList(),
                user.mustChangePassword(),
                user.twoFactorEnabled(),
                user.emailVerifiedAt() != null,
                user.platformAdmin(),
                user.createdAt(),
                user.lastLoginAt(),
                stationContext);
    }
}
