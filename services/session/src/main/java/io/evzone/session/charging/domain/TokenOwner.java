package io.evzone.session.charging.domain;

import io.evzone.contracts.charger.AuthorizationStatus;

/**
 * What the session needs to know about the id token that started it, resolved by the caller.
 *
 * @param userId the token's owner, or null for an unknown or ownerless token
 * @param authorization the token's standing when it was presented
 */
public record TokenOwner(String userId, AuthorizationStatus authorization) {

    public static TokenOwner unknown() {
        return new TokenOwner(null, null);
    }
}
