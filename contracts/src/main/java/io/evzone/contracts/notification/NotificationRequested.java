package io.evzone.contracts.notification;

import java.util.Map;
import java.util.Objects;

/**
 * A request to send one message to one recipient, on {@code notification.requests.v1}. The key (and
 * envelope subject) is the user id. The notification service renders {@code template} with
 * {@code data} and delivers it on {@code channel}.
 *
 * <p>Requests for security messages (verification, password reset, invitation) carry one-time
 * secrets in {@code data}; they are valid for minutes to days and for one use only, and consumers
 * must not log or persist them beyond delivery.
 *
 * @param userId the recipient's user id
 * @param channel how to deliver it
 * @param recipient the address for that channel: an email address or an E.164 phone number
 * @param template what to say, one of {@link NotificationTemplates}
 * @param data template variables (for example {@code name}, {@code link}, {@code code}, {@code expiresAt})
 */
public record NotificationRequested(
        String userId, Channel channel, String recipient, String template, Map<String, String> data) {

    public enum Channel {
        EMAIL,
        SMS,
        PUSH,
        IN_APP
    }

    public NotificationRequested {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(template, "template");
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
