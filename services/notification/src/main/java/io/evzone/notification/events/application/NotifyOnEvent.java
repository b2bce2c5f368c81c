package io.evzone.notification.events.application;

import io.evzone.notification.delivery.application.ChannelSender;
import io.evzone.notification.delivery.application.QueueDelivery;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.recipients.domain.Recipient;
import io.evzone.notification.recipients.domain.Recipients;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Queues the messages an event calls for: to each recipient, on each of the category's channels this node can
 * send on and the recipient can be reached by, in their language. Recipients the service has never heard of are
 * reached in-app only.
 */
@Service
public class NotifyOnEvent {

    private final Recipients recipients;
    private final QueueDelivery queue;
    private final Set<Channel> available;

    public NotifyOnEvent(Recipients recipients, QueueDelivery queue, List<ChannelSender> senders) {
        this.recipients = recipients;
        this.queue = queue;
        this.available = senders.stream()
                .map(ChannelSender::channel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
    }

    public void handle(UUID eventId, List<Intent> intents) {
        for (Intent intent : intents) {
            List<String> userIds = intent.organizationId() == null
                    ? intent.userIds()
                    : recipients.activeMembersOf(intent.organizationId());
            for (String userId : userIds) {
                notify(eventId, userId, intent);
            }
        }
    }

    private void notify(UUID eventId, String userId, Intent intent) {
        Recipient recipient = recipients.find(userId).orElse(new Recipient(userId, null, null, null, null, null));
        Map<String, String> data = new HashMap<>(intent.data());
        data.put("name", recipient.displayName());
        for (Channel channel : intent.category().defaultChannels()) {
            if (!available.contains(channel)) {
                continue;
            }
            address(recipient, channel)
                    .ifPresent(address -> queue.handle(new QueueDelivery.Request(
                            eventId, userId, channel, address, intent.template(), recipient.language(), data)));
        }
    }

    private static Optional<String> address(Recipient recipient, Channel channel) {
        return switch (channel) {
            case EMAIL -> recipient.emailAddress();
            case SMS -> recipient.phoneNumber();
            case PUSH, IN_APP -> Optional.of(recipient.userId());
        };
    }
}
