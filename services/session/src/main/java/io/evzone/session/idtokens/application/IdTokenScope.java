package io.evzone.session.idtokens.application;

import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.idtokens.domain.IdToken;

/** Which tokens a caller may see and change: its organization's, or everyone's for a platform admin. */
final class IdTokenScope {

    private IdTokenScope() {}

    static boolean manages(AccessTokenClaims caller, IdToken token) {
        return caller.isPlatformAdmin() || token.organizationId().equals(caller.organizationId());
    }

    static boolean sees(AccessTokenClaims caller, IdToken token) {
        return (caller.can(io.evzone.contracts.Permissions.ID_TOKENS_MANAGE) && manages(caller, token))
                || caller.userId().equals(token.userId());
    }

    static String organizationFor(AccessTokenClaims caller, String requested) {
        if (caller.isPlatformAdmin() && requested != null) {
            return requested;
        }
        if (caller.organizationId() == null) {
            throw ApiException.badRequest("organizationId: the caller has no active organization");
        }
        return caller.organizationId();
    }
}
