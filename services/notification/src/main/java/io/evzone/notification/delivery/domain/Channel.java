package io.evzone.notification.delivery.domain;

/** How a message reaches its recipient. */
public enum Channel {
    EMAIL,
    SMS,
    PUSH,
    IN_APP
}
