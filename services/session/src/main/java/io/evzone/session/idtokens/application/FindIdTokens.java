package io.evzone.session.idtokens.application;

import io.evzone.contracts.Permissions;
import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.web.ApiException;
import io.evzone.session.idtokens.domain.IdToken;
import io.evzone.session.idtokens.domain.IdTokenStatus;
import io.evzone.session.idtokens.domain.IdTokens;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Reads id tokens: managers see their organization's, drivers their own. */
@Service
public class FindIdTokens {

    private final IdTokens tokens;

    public FindIdTokens(IdTokens tokens) {
        this.tokens = tokens;
    }

    public List<IdToken> list(AccessTokenClaims caller, String userId, IdTokenStatus status, int limit, int offset) {
        if (caller.isPlatformAdmin()) {
            return tokens.list(null, userId, status, limit, offset);
        }
        if (caller.can(Permissions.ID_TOKENS_MANAGE) && caller.organizationId() != null) {
            return tokens.list(caller.organizationId(), userId, status, limit, offset);
        }
        return tokens.list(null, caller.userId(), status, limit, offset);
    }

    public IdToken get(AccessTokenClaims caller, UUID id) {
        return tokens.byId(id)
                .filter(t -> IdTokenScope.sees(caller, t))
                .orElseThrow(() -> ApiException.notFound("Id token", id));
    }
}
