package io.evzone.notification.preferences.domain;

import io.evzone.notification.delivery.domain.Channel;
import java.util.Set;

/** What a message is about, which decides the channels it goes out on unless the recipient chose otherwise. */
public enum Category {
    /** Sign-ins and password changes: sent whatever the recipient opted out of. */
    SECURITY(Set.of(Channel.EMAIL, Channel.IN_APP)),
    CHARGING(Set.of(Channel.IN_APP, Channel.PUSH)),
    BILLING(Set.of(Channel.IN_APP, Channel.EMAIL)),
    BOOKING(Set.of(Channel.IN_APP, Channel.PUSH)),
    MAINTENANCE(Set.of(Channel.IN_APP, Channel.EMAIL, Channel.PUSH)),
    OPERATIONS(Set.of(Channel.IN_APP, Channel.EMAIL));

    private final Set<Channel> defaultChannels;

    Category(Set<Channel> defaultChannels) {
        this.defaultChannels = defaultChannels;
    }

    public Set<Channel> defaultChannels() {
        return defaultChannels;
    }
}
