package io.evzone.billing.wallet.web;

import io.evzone.billing.wallet.domain.AccountKind;
import io.evzone.billing.wallet.domain.WalletOwner;
import io.evzone.contracts.Permissions;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;

/**
 * Whose wallet a request acts on. Without {@code userId} or {@code organizationId}, the caller's own
 * (needs wallet.own); an organization's wallet needs billing.read (to read) or billing.manage (to move
 * money) in that active organization; another user's wallet is for platform administrators.
 */
public final class WalletAccess {

    public enum Need {
        READ,
        PAY,
        MANAGE
    }

    private WalletAccess() {}

    public static WalletOwner resolve(AccessTokenClaims caller, String userId, String organizationId, Need need) {
        if (userId != null && organizationId != null) {
            throw ApiException.badRequest("userId: give userId or organizationId, not both");
        }
        if (organizationId != null) {
            requireOrganization(
                    caller, organizationId, need == Need.READ ? Permissions.BILLING_READ : Permissions.BILLING_MANAGE);
            return WalletOwner.organization(organizationId);
        }
        if (userId != null && !userId.equals(caller.userId())) {
            if (!caller.isPlatformAdmin()) {
                throw ApiException.forbidden("userId: only platform administrators act on another user's wallet");
            }
            return WalletOwner.user(userId);
        }
        if (need == Need.MANAGE && !caller.isPlatformAdmin()) {
            throw ApiException.forbidden("Managing a user's wallet needs platform.admin");
        }
        if (!caller.can(Permissions.WALLET_OWN)) {
            throw ApiException.forbidden("A personal wallet needs wallet.own");
        }
        return WalletOwner.user(caller.userId());
    }

    /** Whether the caller administers the wallet rather than only owning it. */
    public static boolean administers(AccessTokenClaims caller, WalletOwner owner) {
        return caller.isPlatformAdmin()
                || (owner.kind() == AccountKind.ORGANIZATION_WALLET
                        && owner.id().equals(caller.organizationId())
                        && caller.can(Permissions.BILLING_MANAGE));
    }

    private static void requireOrganization(AccessTokenClaims caller, String organizationId, String permission) {
        if (caller.isPlatformAdmin()) {
            return;
        }
        if (!organizationId.equals(caller.organizationId())) {
            throw ApiException.forbidden("organizationId: not the caller's active organization");
        }
        boolean allowed = caller.can(permission)
                || (permission.equals(Permissions.BILLING_READ) && caller.can(Permissions.BILLING_MANAGE));
        if (!allowed) {
            throw ApiException.forbidden("organizationId: needs " + permission + " in the organization");
        }
    }
}
