package io.evzone.session.idtokens.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An identifier a driver presents at a charger: an RFID card, an app token, a fleet card.
 *
 * @param value what the charger sends (1.6 idTag, 2.0.1 idToken); compared case-insensitively
 * @param userId the owning driver, or null for a card not tied to a user (fleet pool cards)
 * @param expiresAt after this the token is answered EXPIRED; null: no expiry
 * @param groupId the parent id tag (1.6) / group id token (2.0.1), or null
 */
public record IdToken(
        UUID id,
        String organizationId,
        String userId,
        String value,
        IdTokenType type,
        IdTokenStatus status,
        Instant expiresAt,
        String groupId,
        Instant createdAt) {

    /** OCPP 2.0.1 IdTokenType.idToken is at most 36 characters (1.6 idTag: 20). */
    public static final int MAX_VALUE_LENGTH = 36;

    public IdToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        if (value == null || value.isBlank() || value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("An id token value is 1 to " + MAX_VALUE_LENGTH + " characters");
        }
    }

    /** Whether the token is expired at {@code now}, by status or by date. */
    public boolean expiredAt(Instant now) {
        return status == IdTokenStatus.EXPIRED || (expiresAt != null && !now.isBefore(expiresAt));
    }
}
