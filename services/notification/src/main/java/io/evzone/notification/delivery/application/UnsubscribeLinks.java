package io.evzone.notification.delivery.application;

import io.evzone.notification.delivery.domain.Delivery;
import java.util.Optional;

/** The one-click unsubscribe link an email carries (RFC 8058), when its category has one. */
public interface UnsubscribeLinks {

    Optional<String> linkFor(Delivery delivery);

    /** Emails without links. */
    static UnsubscribeLinks none() {
        return delivery -> Optional.empty();
    }
}
