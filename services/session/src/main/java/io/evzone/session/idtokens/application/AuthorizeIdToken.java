package io.evzone.session.idtokens.application;

import io.evzone.session.idtokens.domain.Authorization;
import io.evzone.session.idtokens.domain.IdToken;
import io.evzone.session.idtokens.domain.IdTokens;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Decides a presented id token's standing (OCPP Authorize, and the token part of a transaction). */
@Service
public class AuthorizeIdToken {

    private final IdTokens tokens;
    private final ChargingAllowance allowance;
    private final Clock clock;

    public AuthorizeIdToken(IdTokens tokens, ChargingAllowance allowance, Clock clock) {
        this.tokens = tokens;
        this.allowance = allowance;
        this.clock = clock;
    }

    /**
     * @param concurrent the token is already in another active transaction (only for a transaction start)
     */
    public Authorization handle(String value, boolean concurrent) {
        return decide(find(value), concurrent);
    }

    /** Decides the standing of a token already looked up ({@link #find}). */
    public Authorization decide(Optional<IdToken> token, boolean concurrent) {
        boolean allowed =
                token.map(t -> allowance.allows(t.userId(), t.organizationId())).orElse(true);
        return Authorization.decide(token, clock.instant(), concurrent, allowed);
    }

    public Optional<IdToken> find(String value) {
        return value == null ? Optional.empty() : tokens.byValue(value);
    }
}
