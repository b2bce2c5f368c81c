package io.evzone.gateway.connection;

/** A per-connection token bucket: cheap, in memory, no lock (one WebSocket thread reads a connection at a time). */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long last;

    TokenBucket(double perSecond, int capacity) {
        this.perNano = perSecond / 1_000_000_000d;
        this.capacity = capacity;
        this.tokens = capacity;
        this.last = System.nanoTime();
    }

    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
