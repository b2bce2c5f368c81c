package io.evzone.notification.delivery.application;

import io.evzone.notification.delivery.domain.Deliveries;
import io.evzone.notification.delivery.domain.Delivery;
import io.evzone.platform.web.ApiException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Sends a dead letter again: a failed delivery goes back to the queue with its attempts reset. */
@Service
public class ReplayDelivery {

    private final Deliveries deliveries;
    private final DeliverySignal signal;
    private final Clock clock;

    public ReplayDelivery(Deliveries deliveries, DeliverySignal signal, Clock clock) {
        this.deliveries = deliveries;
        this.signal = signal;
        this.clock = clock;
    }

    public Delivery handle(UUID id) {
        Delivery delivery = deliveries.find(id).orElseThrow(() -> ApiException.notFound("Delivery", id));
        Delivery queued = deliveries
                .requeue(id, clock.instant())
                .orElseThrow(
                        () -> ApiException.conflict("Delivery " + id + " is " + delivery.status() + ", not FAILED"));
        signal.deliveriesQueued();
        return queued;
    }
}
