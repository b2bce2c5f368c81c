package io.evzone.gateway.rpc;

import io.evzone.contracts.charger.ChargerIdentity;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The message rate limit of each charger identity on this node, kept across its connections: a charger that
 * floods, is refused and reconnects at once finds its bucket as empty as it left it, not a fresh burst. In memory
 * per node (a charger's connection lives on one node at a time, and a flooder that moves to another node gets at
 * most one more burst there); a bucket is forgotten once it is full again and no connection here uses it.
 */
public final class RateLimits {

    private final double messagesPerSecond;
    private final int burst;
    private final LongSupplier nanoTime;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(double messagesPerSecond, int burst) {
        this(messagesPerSecond, burst, System::nanoTime);
    }

    /** With the clock given (tests). */
    RateLimits(double messagesPerSecond, int burst, LongSupplier nanoTime) {
        this.messagesPerSecond = messagesPerSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** The bucket of the identity, whatever its spelling. */
    TokenBucket of(String chargePointId) {
        return buckets.computeIfAbsent(
                ChargerIdentity.fold(chargePointId), id -> new TokenBucket(messagesPerSecond, burst, nanoTime));
    }

    /** Forgets the buckets that are full again, of identities {@code connected} says have no connection here. */
    public void forgetIdle(Predicate<String> connected) {
        buckets.entrySet().removeIf(entry -> entry.getValue().isFull() && !connected.test(entry.getKey()));
    }

    int size() {
        return buckets.size();
    }
}
