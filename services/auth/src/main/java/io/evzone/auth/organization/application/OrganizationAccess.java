package io.evzone.auth.organization.application;

import io.evzone.auth.shared.domain.DomainException;
import io.evzone.contracts.Permissions;
import io.evzone.platform.security.AccessTokenClaims;
import java.util.UUID;

/**
 * Who may act on an organization: platform administrators on any; others only on the organization
 * their token is active in, with the permission for it.
 */
public final class OrganizationAccess {

    private OrganizationAccess() {}

    /** The caller may read the organization's details and members. */
    public static void requireRead(AccessTokenClaims caller, UUID organizationId) {
        if (!caller.isPlatformAdmin() && !isActiveIn(caller, organizationId)) {
            throw DomainException.notFound("Organization " + organizationId + " not found");
        }
    }

    /** The caller may change the organization itself ({@code organizations.manage}). */
    public static void requireManage(AccessTokenClaims caller, UUID organizationId) {
        requireRead(caller, organizationId);
        if (!caller.can(Permissions.ORGANIZATIONS_MANAGE)) {
            throw DomainException.forbidden("You do not have permission to do this");
        }
    }

    /** The caller may change the organization's memberships ({@code organizations.manage} or {@code users.manage}). */
    public static void requireManageMembers(AccessTokenClaims caller, UUID organizationId) {
        requireRead(caller, organizationId);
        if (!caller.can(Permissions.ORGANIZATIONS_MANAGE) && !caller.can(Permissions.USERS_MANAGE)) {
            throw DomainException.forbidden("You do not have permission to do this");
        }
    }

    public static boolean isActiveIn(AccessTokenClaims caller, UUID organizationId) {
        return organizationId != null && organizationId.toString().equals(caller.organizationId());
    }
}
