package io.evzone.auth.metrics.domain;

import java.time.Duration;

/**
 * Counts, successes and latencies of one operation since start and over a sliding window (five
 * minutes by default, kept as 30 slots of 10 seconds, so the window moves in 10-second steps).
 * Times are passed in, which keeps it deterministic to test. Thread-safe.
 */
public final class OperationStats {

    private final long slotMillis;
    private final Slot[] slots;
    private final Slot total = new Slot();

    public OperationStats(Duration window, int slotCount) {
        if (slotCount < 1 || window.toMillis() < slotCount) {
            throw new IllegalArgumentException("A window needs at least one slot of at least a millisecond");
        }
        this.slotMillis = window.toMillis() / slotCount;
        this.slots = new Slot[slotCount];
        for (int i = 0; i < slotCount; i++) {
            slots[i] = new Slot();
        }
    }

    /** The figures of a period. {@code successRate} is null when there was nothing to rate. */
    public record Snapshot(
            long count, long succeeded, long failed, Double successRate, double p50, double p95, double p99) {}

    public synchronized void record(boolean success, long micros, long nowMillis) {
        total.add(success, micros);
        long epoch = nowMillis / slotMillis;
        Slot slot = slots[(int) (epoch % slots.length)];
        if (slot.epoch != epoch) {
            slot.reset(epoch);
        }
        slot.add(success, micros);
    }

    public synchronized Snapshot sinceStart() {
        return total.snapshot();
    }

    public synchronized Snapshot window(long nowMillis) {
        long epoch = nowMillis / slotMillis;
        Slot merged = new Slot();
        for (Slot slot : slots) {
            if (slot.epoch > epoch - slots.length && slot.epoch <= epoch) {
                merged.merge(slot);
            }
        }
        return merged.snapshot();
    }

    private static final class Slot {
        long epoch = Long.MIN_VALUE;
        long count;
        long succeeded;
        final LatencyHistogram latencies = new LatencyHistogram();

        void reset(long newEpoch) {
            epoch = newEpoch;
            count = 0;
            succeeded = 0;
            latencies.clear();
        }

        void add(boolean success, long micros) {
            count++;
            if (success) {
                succeeded++;
            }
            latencies.record(micros);
        }

        void merge(Slot other) {
            count += other.count;
            succeeded += other.succeeded;
            latencies.addAll(other.latencies);
        }

        Snapshot snapshot() {
            Double rate = count == 0 ? null : (double) succeeded / count;
            return new Snapshot(
                    count,
                    succeeded,
                    count - succeeded,
                    rate,
                    latencies.percentileMillis(0.50),
                    latencies.percentileMillis(0.95),
                    latencies.percentileMillis(0.99));
        }
    }
}
