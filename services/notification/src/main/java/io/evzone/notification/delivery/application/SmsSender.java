package io.evzone.notification.delivery.application;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.templates.domain.RenderedMessage;
import java.util.List;

/**
 * SMS through the primary provider, and through the next one when it is in trouble (an error worth retrying): a
 * number one provider refuses for good is not tried elsewhere. When every provider is in trouble the delivery is
 * retried later with backoff.
 */
public class SmsSender implements ChannelSender {

    private final List<SmsProvider> providers;

    /** @param providers in order of preference, at least one */
    public SmsSender(List<SmsProvider> providers) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("SMS needs at least one provider");
        }
        this.providers = List.copyOf(providers);
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendOutcome send(Delivery delivery, RenderedMessage message) {
        StringBuilder troubles = new StringBuilder();
        for (SmsProvider provider : providers) {
            SendOutcome outcome = provider.send(delivery.address(), message.brief());
            if (!(outcome instanceof SendOutcome.Retryable retryable)) {
                return outcome;
            }
            troubles.append(troubles.isEmpty() ? "" : "; ")
                    .append(provider.name())
                    .append(": ")
                    .append(retryable.reason());
        }
        return new SendOutcome.Retryable(troubles.toString());
    }
}
