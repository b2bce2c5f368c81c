package io.evzone.notification.delivery.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One message owed to one recipient on one channel because of one event.
 *
 * @param userId the recipient's user id, or null for an address outside EVZone's users
 * @param address where it goes: an email address, an E.164 number, or the user id for the in-app feed
 * @param data the template's variables; erased once sent (they may hold one-time secrets)
 * @param attempts how many sends were started
 * @param providerId the provider's id of the accepted message (SMTP Message-ID, SMS sid)
 */
public record Delivery(
        UUID id,
        UUID eventId,
        String userId,
        Channel channel,
        String address,
        String template,
        String language,
        Map<String, String> data,
        DeliveryStatus status,
        int attempts,
        String provider,
        String providerId,
        String failureReason,
        Instant createdAt,
        Instant updatedAt) {

    public Delivery {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    /** The part of the idempotency key that names the recipient: the user, or the bare address. */
    public String recipientKey() {
        return userId != null ? userId : address;
    }
}
