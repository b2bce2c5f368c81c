package io.evzone.notification.delivery.web;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.DeliveryStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * One send as operators read it; never its template variables (they may hold one-time secrets).
 *
 * @param status QUEUED, SENDING (an attempt is under way), SENT (the provider accepted it), DELIVERED (the
 *     provider reported it delivered), FAILED (with failureReason; a dead letter that can be replayed) or SKIPPED
 *     (nowhere to send it, such as push to a user without subscriptions; failureReason says why)
 * @param providerId the provider's id of the accepted message
 */
record DeliveryResponse(
        UUID id,
        UUID eventId,
        String userId,
        Channel channel,
        String address,
        String template,
        String language,
        DeliveryStatus status,
        int attempts,
        String provider,
        String providerId,
        String failureReason,
        Instant createdAt,
        Instant updatedAt) {

    static DeliveryResponse of(Delivery d) {
        return new DeliveryResponse(
                d.id(),
                d.eventId(),
                d.userId(),
                d.channel(),
                d.address(),
                d.template(),
                d.language(),
                d.status(),
                d.attempts(),
                d.provider(),
                d.providerId(),
                d.failureReason(),
                d.createdAt(),
                d.updatedAt());
    }
}
