package io.evzone.notification.events.application;

import io.evzone.notification.delivery.application.ChannelSender;
import io.evzone.notification.delivery.application.QueueDelivery;
import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import io.evzone.notification.preferences.domain.Preferences;
import io.evzone.notification.preferences.domain.UserPreferences;
import io.evzone.notification.recipients.domain.Recipient;
import io.evzone.notification.recipients.domain.Recipients;
import java.time.Clock;
import java.time.Instant;
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
 * Queues the messages an event calls for: to each recipient, on the channels they chose for the category (its
 * defaults otherwise) that this node can send on and the recipient can be reached by, in their language. SMS and
 * push wait for the end of the recipient's quiet hours, and past the per-recipient cap they fail with the reason
 * instead of going out. Security messages ignore opt-outs, quiet hours and the cap.
 */
@Service
public class NotifyOnEvent {

    private static final Set<Channel> CAPPED = EnumSet.of(Channel.SMS, Channel.PUSH);

    private final Recipients recipients;
    private final UserPreferences preferences;
    private final RecipientRateLimit rateLimit;
    private final QueueDelivery queue;
    private final Clock clock;
    private final Set<Channel> available;

    public NotifyOnEvent(
            Recipients recipients,
            UserPreferences preferences,
            RecipientRateLimit rateLimit,
            QueueDelivery queue,
            List<ChannelSender> senders,
            Clock clock) {
        this.recipients = recipients;
        this.preferences = preferences;
        this.rateLimit = rateLimit;
        this.queue = queue;
        this.clock = clock;
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
        data.put("category", intent.category().name());
        Preferences chosen = preferences.of(userId);
        Instant now = clock.instant();
        for (Channel channel : chosen.channelsFor(intent.category())) {
            if (!available.contains(channel)) {
                continue;
            }
            address(recipient, channel)
                    .ifPresent(address -> queue.handle(new QueueDelivery.Request(
                            eventId,
                            userId,
                            channel,
                            address,
                            intent.template(),
                            recipient.language(),
                            data,
                            chosen.holdUntil(channel, intent.category(), now).orElse(null),
                            refusal(userId, channel, intent.category()))));
        }
    }

    private String refusal(String userId, Channel channel, Category category) {
        if (category == Category.SECURITY || !CAPPED.contains(channel)) {
            return null;
        }
        return rateLimit.exceeded(userId, channel).orElse(null);
    }

    private static Optional<String> address(Recipient recipient, Channel channel) {
        return switch (channel) {
            case EMAIL -> recipient.emailAddress();
            case SMS -> recipient.phoneNumber();
            case PUSH, IN_APP -> Optional.of(recipient.userId());
        };
    }
}
