package io.evzone.notification.delivery.application;

/** Tells the senders that new deliveries are queued, so they need not wait for their next look. */
public interface DeliverySignal {

    /** Wakes the senders once the current transaction commits (at once outside a transaction). */
    void deliveriesQueued();
}
