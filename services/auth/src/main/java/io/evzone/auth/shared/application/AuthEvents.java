package io.evzone.auth.shared.application;

import io.evzone.contracts.Topics;
import io.evzone.contracts.notification.NotificationRequested;
import io.evzone.platform.outbox.Outbox;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the auth service tells the rest of the platform, through the transactional outbox: domain
 * events on {@code auth.events.v1} and notification requests on {@code notification.requests.v1}.
 * Must be called inside the transaction that makes the change.
 */
@Component
public class AuthEvents {

    private final Outbox outbox;

    public AuthEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** An event about a user or organization, keyed by its id (one subject's events stay in order). */
    public void publish(UUID subject, Object event) {
        outbox.append(Topics.AUTH_EVENTS, subject.toString(), event);
    }

    /** A message for a user, keyed by their id. */
    public void notify(UUID userId, NotificationRequested request) {
        outbox.append(Topics.NOTIFICATION_REQUESTS, userId.toString(), request);
    }
}
