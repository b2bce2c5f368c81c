package io.evzone.notification.events.application;

import io.evzone.notification.delivery.domain.Channel;
import java.util.Optional;

/** A cap on how many messages one recipient gets on one channel in a window, so an event storm floods no phone. */
public interface RecipientRateLimit {

    /** Counts one message; the reason when it is over the cap. */
    Optional<String> exceeded(String userId, Channel channel);
}
