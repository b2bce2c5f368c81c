package io.evzone.notification.delivery.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.DeliveryStatus;
import io.evzone.notification.shared.config.NotificationProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Records that a message is owed, once per event, recipient and channel. A request with an unusable address is
 * recorded as failed with the reason, so it shows among the dead letters instead of vanishing.
 */
@Service
public class QueueDelivery {

    /**
     * @param eventId the event that caused it: with the recipient and channel, the idempotency key
     * @param userId the recipient's user id, or null
     * @param notBefore when it may go out (the end of the recipient's quiet hours), or null for at once
     * @param refusal why it must not go out (a rate limit), or null
     */
    public record Request(
            UUID eventId,
            String userId,
            Channel channel,
            String address,
            String template,
            String language,
            Map<String, String> data,
            Instant notBefore,
            String refusal) {

        public Request {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(template, "template");
        }
    }

    private final Deliveries deliveries;
    private final DeliverySignal signal;
    private final Clock clock;
    private final String defaultRegion;

    public QueueDelivery(Deliveries deliveries, DeliverySignal signal, Clock clock, NotificationProperties properties) {
        this.deliveries = deliveries;
        this.signal = signal;
        this.clock = clock;
        this.defaultRegion = properties.phoneRegion();
    }

    /** @return whether it was new */
    public boolean handle(Request request) {
        AddressCheck address = AddressCheck.of(request.channel(), request.address(), defaultRegion);
        Optional<String> problem =
                Optional.ofNullable(request.refusal()).or(() -> Optional.ofNullable(address.problem()));
        Instant now = clock.instant();
        Delivery delivery = new Delivery(
                TimeOrderedIds.next(),
                request.eventId(),
                request.userId(),
                request.channel(),
                address.address(),
                request.template(),
                request.language(),
                request.data(),
                problem.isPresent() ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED,
                0,
                null,
                null,
                problem.orElse(null),
                now,
                now);
        boolean added = deliveries.add(delivery, request.notBefore() == null ? now : request.notBefore());
        if (added && problem.isEmpty()) {
            signal.deliveriesQueued();
        }
        return added;
    }
}
