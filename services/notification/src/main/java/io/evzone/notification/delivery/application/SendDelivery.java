package io.evzone.notification.delivery.application;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.RetryPolicy;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.templates.domain.MessageTemplates;
import io.evzone.notification.templates.domain.RenderedMessage;
import io.evzone.notification.templates.domain.TemplateException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at a claimed delivery: render, hand to the channel's sender, record the outcome. A message that
 * cannot be rendered fails at once with the reason; a provider's passing trouble is retried with backoff until the
 * policy's attempts are spent, then the delivery fails (a dead letter operators can replay).
 */
public class SendDelivery {

    private static final Logger log = LoggerFactory.getLogger(SendDelivery.class);

    private final Deliveries deliveries;
    private final MessageTemplates templates;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final RetryPolicy retries;
    private final Clock clock;
    private final MeterRegistry meters;

    public SendDelivery(
            Deliveries deliveries,
            MessageTemplates templates,
            List<ChannelSender> senders,
            RetryPolicy retries,
            Clock clock,
            MeterRegistry meters) {
        this.deliveries = deliveries;
        this.templates = templates;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.retries = retries;
        this.clock = clock;
        this.meters = meters;
    }

    public void handle(Delivery delivery) {
        SendOutcome outcome = attempt(delivery);
        record(delivery, outcome);
        count(delivery.channel(), outcome);
    }

    private SendOutcome attempt(Delivery delivery) {
        ChannelSender sender = senders.get(delivery.channel());
        if (sender == null) {
            return new SendOutcome.Rejected("channel: no " + delivery.channel() + " provider is configured");
        }
        RenderedMessage message;
        try {
            message = templates.render(delivery.template(), delivery.language(), delivery.data());
        } catch (TemplateException e) {
            return new SendOutcome.Rejected(e.getMessage());
        }
        try {
            return sender.send(delivery, message);
        } catch (RuntimeException e) {
            log.warn("Sending delivery {} on {} failed", delivery.id(), delivery.channel(), e);
            return new SendOutcome.Retryable(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** {@code evzone_notification_sends_total{channel, outcome}}: what every attempt came to, per channel. */
    private void count(Channel channel, SendOutcome outcome) {
        String name = switch (outcome) {
            case SendOutcome.Sent sent -> "sent";
            case SendOutcome.Rejected rejected -> "rejected";
            case SendOutcome.Skipped skipped -> "skipped";
            case SendOutcome.Retryable retryable -> "retryable";
        };
        meters.counter("evzone.notification.sends", "channel", channel.name(), "outcome", name)
                .increment();
    }

    private void record(Delivery delivery, SendOutcome outcome) {
        Instant now = clock.instant();
        switch (outcome) {
            case SendOutcome.Sent sent -> deliveries.markSent(delivery.id(), sent.provider(), sent.providerId(), now);
            case SendOutcome.Rejected rejected -> deliveries.markFailed(delivery.id(), rejected.reason(), now);
            case SendOutcome.Skipped skipped -> deliveries.markSkipped(delivery.id(), skipped.reason(), now);
            case SendOutcome.Retryable retryable ->
                retries.nextAttempt(delivery.attempts(), now)
                        .ifPresentOrElse(
                                next -> deliveries.retryAt(delivery.id(), next, retryable.reason(), now),
                                () -> deliveries.markFailed(delivery.id(), retryable.reason(), now));
        }
    }
}
