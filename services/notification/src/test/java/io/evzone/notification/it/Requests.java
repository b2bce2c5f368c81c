package io.evzone.notification.it;

import io.evzone.contracts.EventEnvelope;
import io.evzone.contracts.Topics;
import io.evzone.contracts.notification.NotificationRequested;
import io.evzone.contracts.notification.NotificationRequested.Channel;
import io.evzone.platform.messaging.EventPublisher;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Publishes notification requests as the auth service does. */
final class Requests {

    private final EventPublisher publisher;

    Requests(EventPublisher publisher) {
        this.publisher = publisher;
    }

    static Map<String, String> verifyEmailData(String name) {
        Map<String, String> data = new HashMap<>();
        data.put("name", name);
        data.put("link", "http://localhost:5173/verify-email?token=abc<&>");
        data.put("token", "abc");
        data.put("expiresAt", "2026-12-08T10:00:00Z");
        return data;
    }

    EventEnvelope<NotificationRequested> email(String address, String template, Map<String, String> data) {
        String userId = UUID.randomUUID().toString();
        return EventEnvelope.of(
                "auth", userId, null, new NotificationRequested(userId, Channel.EMAIL, address, template, data));
    }

    EventEnvelope<NotificationRequested> publish(EventEnvelope<NotificationRequested> envelope) {
        publisher.publish(Topics.NOTIFICATION_REQUESTS, envelope).join();
        return envelope;
    }
}
