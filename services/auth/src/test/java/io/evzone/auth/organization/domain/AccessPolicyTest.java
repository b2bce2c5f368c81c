package io.evzone.auth.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.Permissions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final UUID cpo = UUID.randomUUID();
    private final UUID host = UUID.randomUUID();
    private final MembershipDetails cpoAdmin =
            membership(cpo, "org_admin", MembershipStatus.ACTIVE, OrganizationStatus.ACTIVE, 1);
    private final MembershipDetails hostTechnician =
            membership(host, "technician", MembershipStatus.ACTIVE, OrganizationStatus.ACTIVE, 2);

    @Test
    void aUserWithoutMembershipsActsAsADriverInNoOrganization() {
        AccessGrant grant = AccessPolicy.resolve(false, List.of(), null, null);

        assertThat(grant.role()).isEqualTo("driver");
        assertThat(grant.organizationId()).isNull();
        assertThat(grant.scope()).isEqualTo(AccessGrant.Scope.PERSONAL);
        assertThat(grant.permissions()).contains(Permissions.SESSIONS_OWN, Permissions.WALLET_OWN);
    }

    @Test
    void theOldestUsableMembershipIsTheDefault() {
        AccessGrant grant = AccessPolicy.resolve(false, List.of(hostTechnician, cpoAdmin), null, null);

        assertThat(grant.organizationId()).isEqualTo(cpo);
        assertThat(grant.role()).isEqualTo("org_admin");
        assertThat(grant.permissions()).contains(Permissions.USERS_MANAGE).doesNotContain(Permissions.PLATFORM_ADMIN);
    }

    @Test
    void theRequestedOrganizationWinsThenTheLastUsedOne() {
        assertThat(AccessPolicy.resolve(false, List.of(cpoAdmin, hostTechnician), host, cpo)
                        .role())
                .isEqualTo("technician");
        assertThat(AccessPolicy.resolve(false, List.of(cpoAdmin, hostTechnician), null, host)
                        .role())
                .isEqualTo("technician");
    }

    @Test
    void suspendedMembershipsAndSuspendedOrganizationsAreSkipped() {
        var suspendedMembership =
                membership(cpo, "org_admin", MembershipStatus.SUSPENDED, OrganizationStatus.ACTIVE, 1);
        var suspendedOrg = membership(host, "org_admin", MembershipStatus.ACTIVE, OrganizationStatus.SUSPENDED, 2);

        AccessGrant grant = AccessPolicy.resolve(false, List.of(suspendedMembership, suspendedOrg), cpo, host);

        assertThat(grant.role()).isEqualTo("driver");
        assertThat(grant.organizationId()).isNull();
    }

    @Test
    void aPlatformAdministratorHoldsEveryPermissionInTheChosenOrganization() {
        AccessGrant grant = AccessPolicy.resolve(true, List.of(hostTechnician), null, null);

        assertThat(grant.role()).isEqualTo("super_admin");
        assertThat(grant.scope()).isEqualTo(AccessGrant.Scope.PLATFORM);
        assertThat(grant.organizationId()).isEqualTo(host);
        assertThat(grant.permissions()).containsExactlyInAnyOrderElementsOf(Permissions.all());
    }

    @Test
    void everyRoleIncludesThePersonalPermissionsOfADriver() {
        for (Role role : Roles.all()) {
            assertThat(role.permissions()).as(role.code()).containsAll(Roles.DRIVER.permissions());
            assertThat(Permissions.all()).as(role.code()).containsAll(role.permissions());
        }
    }

    @Test
    void onlySuperAdminHoldsPlatformAdminAndItIsNoMembershipRole() {
        assertThat(Roles.all())
                .filteredOn(role -> role.permissions().contains(Permissions.PLATFORM_ADMIN))
                .containsExactly(Roles.SUPER_ADMIN);
        assertThatThrownBy(() -> Roles.requireMembershipRole("super_admin")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Roles.requireMembershipRole("owner"))
                .hasMessage("role: must be one of org_admin, station_manager, technician, driver");
    }

    private static MembershipDetails membership(
            UUID org, String role, MembershipStatus status, OrganizationStatus orgStatus, int day) {
        return new MembershipDetails(
                org, "Org " + org, orgStatus, role, status, Instant.parse("2026-01-0" + day + "T00:00:00Z"));
    }
}
