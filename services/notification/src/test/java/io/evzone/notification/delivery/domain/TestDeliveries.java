package io.evzone.notification.delivery.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Deliveries being sent, as the channel senders receive them. */
public final class TestDeliveries {

    private TestDeliveries() {}

    public static Delivery sending(Channel channel, String address, String template, Map<String, String> data) {
        Instant now = Instant.now();
        return new Delivery(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "u1",
                channel,
                address,
                template,
                "en",
                data,
                DeliveryStatus.SENDING,
                1,
                null,
                null,
                null,
                now,
                now);
    }
}
