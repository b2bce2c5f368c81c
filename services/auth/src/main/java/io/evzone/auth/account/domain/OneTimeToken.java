package io.evzone.auth.account.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A single-use secret sent to a user (email link, or code by email or SMS). Only its digest is
 * stored; it expires, and it is spent by its first use.
 *
 * @param id its id
 * @param userId whose it is
 * @param purpose what it proves
 * @param channel where it was sent, which tells what using it proves (an email link proves the address)
 * @param expiresAt when it stops working
 * @param usedAt when it was used (or superseded), or null
 * @param organizationId for an invitation, the organization it invites into (null for older invitations, which
 *     stand for every organization the user was invited to)
 */
public record OneTimeToken(
        UUID id,
        UUID userId,
        Purpose purpose,
        Channel channel,
        Instant expiresAt,
        Instant usedAt,
        UUID organizationId) {

    public enum Purpose {
        EMAIL_VERIFICATION,
        PASSWORD_RESET,
        INVITATION
    }

    public enum Channel {
        EMAIL,
        SMS
    }

    public OneTimeToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static OneTimeToken issue(UUID id, UUID userId, Purpose purpose, Channel channel, Instant expiresAt) {
        return new OneTimeToken(id, userId, purpose, channel, expiresAt, null, null);
    }

    /** An emailed invitation into one organization. */
    public static OneTimeToken invitation(UUID id, UUID userId, UUID organizationId, Instant expiresAt) {
        return new OneTimeToken(id, userId, Purpose.INVITATION, Channel.EMAIL, expiresAt, null, organizationId);
    }

    /** Usable for {@code expected} now: right purpose, not used, not expired. */
    public boolean usableFor(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }
}
