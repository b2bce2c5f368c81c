package io.evzone.gateway.rpc;

/** A charger's token bucket ({@link RateLimits}): cheap, in memory. */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private final java.util.function.LongSupplier nanoTime;
    private double tokens;
    private long last;

    TokenBucket(double perSecond, int capacity) {
        this(perSecond, capacity, System::nanoTime);
    }

    /** With the clock given (tests). */
    TokenBucket(double perSecond, int capacity, java.util.function.LongSupplier nanoTime) {
        this.perNano = perSecond / 1_000_000_000d;
        this.capacity = capacity;
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.last = nanoTime.getAsLong();
    }

    /** Whether at least half the burst is available: the holder has stayed under the rate lately. */
    synchronized boolean atLeastHalfFull() {
        refill();
        return tokens >= capacity / 2;
    }

    /** Whether the holder has not used it for long enough to have the whole burst again. */
    synchronized boolean isFull() {
        refill();
        return tokens >= capacity;
    }

    synchronized boolean tryAcquire() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
    }
}
