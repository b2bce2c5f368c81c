package io.evzone.notification.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Every send the service owes or made. */
public interface Deliveries {

    /**
     * Records a send, due at {@code dueAt}, unless one exists for its event, recipient and channel.
     *
     * @return false when it existed (a redelivered event)
     */
    boolean add(Delivery delivery, Instant dueAt);

    /**
     * Takes up to {@code limit} sends that are due (queued, or claimed by a worker whose lease ran out), counts an
     * attempt on each and leases them until {@code now + lease}. Several workers and nodes may claim at once; none
     * gets another's. Only sends on {@code channels} are taken, so a slow channel's backlog never holds up the others.
     */
    List<Delivery> claimDue(int limit, Instant now, Duration lease, Set<Channel> channels);

    void markSent(UUID id, String provider, String providerId, Instant at);

    void retryAt(UUID id, Instant nextAttempt, String reason, Instant at);

    void markFailed(UUID id, String reason, Instant at);

    /** Closes a send that had no address to go to, with the reason; unlike a failure it is no dead letter. */
    void markSkipped(UUID id, String reason, Instant at);

    /**
     * Queues a failed send again with a fresh attempt count.
     *
     * @return the send as queued, or empty when it had not failed
     */
    Optional<Delivery> requeue(UUID id, Instant at);

    /**
     * Records a provider's receipt for the message it knows as {@code providerId}: {@code DELIVERED}, or
     * {@code FAILED} with the reason.
     *
     * @return false when no sent message has that id
     */
    boolean recordReceipt(String provider, String providerId, DeliveryStatus status, String reason, Instant at);

    Optional<Delivery> find(UUID id);

    List<Delivery> list(DeliveryFilter filter, int limit, int offset);
}
