package io.evzone.notification.push.domain;

import java.util.List;
import java.util.UUID;

/** Users' push subscriptions. */
public interface PushSubscriptions {

    List<PushSubscription> of(String userId, int limit, int offset);

    /** Adds it, or returns the user's subscription already at the same target. */
    PushSubscription add(PushSubscription subscription);

    /** @return whether the user had a subscription with that id */
    boolean remove(String userId, UUID id);

    /** Forgets a subscription the provider declared gone. */
    void forget(UUID id);
}
