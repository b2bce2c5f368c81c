package io.evzone.session.charging.application;

import io.evzone.contracts.charger.IdToken;
import io.evzone.session.charging.domain.TokenOwner;
import io.evzone.session.idtokens.application.AuthorizeIdToken;
import org.springframework.stereotype.Component;

/** Who a presented id token belongs to, and its standing. */
@Component
class TokenOwners {

    private final AuthorizeIdToken authorize;

    TokenOwners(AuthorizeIdToken authorize) {
        this.authorize = authorize;
    }

    TokenOwner of(IdToken presented) {
        if (presented == null || presented.value() == null) {
            return TokenOwner.unknown();
        }
        var token = authorize.find(presented.value());
        var authorization = authorize.decide(token, false);
        return new TokenOwner(
                token.map(io.evzone.session.idtokens.domain.IdToken::userId).orElse(null), authorization.status());
    }
}
