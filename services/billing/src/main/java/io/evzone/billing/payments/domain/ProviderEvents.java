package io.evzone.billing.payments.domain;

import java.time.Instant;
import java.util.UUID;

/** Provider events received, each stored once. */
public interface ProviderEvents {

    /** Stores the event; false when it was stored before (a replay or a redelivery). */
    boolean add(String provider, String eventId, String type, UUID paymentId, String payload, Instant at);
}
