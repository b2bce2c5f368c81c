package io.evzone.notification.delivery.application;

import io.evzone.notification.delivery.domain.Channel;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.notification.delivery.domain.SendOutcome;
import io.evzone.notification.templates.domain.RenderedMessage;

/** A way out of the service for one channel: an email server, an SMS provider, the in-app feed. */
public interface ChannelSender {

    Channel channel();

    /**
     * Hands one rendered message to the provider. Called again for the same delivery only when an earlier attempt
     * ended without a known outcome, so a provider that can deduplicate is given {@link Delivery#id()}.
     */
    SendOutcome send(Delivery delivery, RenderedMessage message);
}
