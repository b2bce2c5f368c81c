package io.evzone.notification.delivery.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.platform.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A platform administrator's own message, sent as the {@code admin.message} template on the channels asked for:
 * each channel a delivery of one new event, with its status to follow like any other.
 */
@Service
public class SendDirectly {

    public static final String TEMPLATE = "admin.message";

    private final QueueDelivery queue;
    private final Deliveries deliveries;
    private final Set<Channel> available;

    public SendDirectly(QueueDelivery queue, Deliveries deliveries, List<ChannelSender> senders) {
        this.queue = queue;
        this.deliveries = deliveries;
        this.available = senders.stream().map(ChannelSender::channel).collect(java.util.stream.Collectors.toSet());
    }

    /** @return the deliveries, one per channel, as queued */
    @Transactional
    public List<Delivery> handle(
            String userId, Map<Channel, String> addresses, String title, String message, Map<String, String> extra) {
        UUID eventId = TimeOrderedIds.next();
        Map<String, String> data = new java.util.HashMap<>(extra);
        data.put("title", title == null ? "EVZone" : title);
        data.put("message", message);
        addresses.forEach((channel, address) -> {
            if (!available.contains(channel)) {
                throw ApiException.conflict("No " + channel + " provider is configured");
            }
            queue.handle(
                    new QueueDelivery.Request(eventId, userId, channel, address, TEMPLATE, "en", data, null, null));
        });
        return deliveries.list(
                new io.evzone.notification.delivery.domain.DeliveryFilter(null, null, eventId, null), 10, 0);
    }
}
