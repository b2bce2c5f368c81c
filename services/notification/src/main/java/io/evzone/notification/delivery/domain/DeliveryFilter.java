package io.evzone.notification.delivery.domain;

import java.util.UUID;

/** Which sends a listing shows; null members do not filter. */
public record DeliveryFilter(DeliveryStatus status, String userId, UUID eventId, Channel channel) {}
