package io.evzone.session.idtokens.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The repository of id tokens. */
public interface IdTokens {

    /** The token with this value, compared case-insensitively (1.6 idTag is a CiString). */
    Optional<IdToken> byValue(String value);

    Optional<IdToken> byId(UUID id);

    /** The tokens of an organization, or of every organization when null, optionally of one user. */
    List<IdToken> list(String organizationId, String userId, IdTokenStatus status, int limit, int offset);

    /** Every token of an organization, for a charger's local authorization list. */
    List<IdToken> allOf(String organizationId);

    /** The user's usable tokens, app tokens first. */
    List<IdToken> usableOf(String userId, java.time.Instant now);

    /** @return false when another token already has the value */
    boolean insert(IdToken token);

    void update(IdToken token);

    void delete(UUID id);
}
