package io.evzone.auth.metrics.domain;

/**
 * Latencies in fixed, logarithmic buckets (each 10% wider than the one before, from 50 µs to over
 * a minute), so percentiles cost constant memory; their error is within one bucket (about 10%).
 * Not thread-safe: its owner synchronizes.
 */
public final class LatencyHistogram {

    private static final double GROWTH = 1.1;
    private static final long[] UPPER_MICROS = bounds();

    private final long[] counts = new long[UPPER_MICROS.length + 1];
    private long total;

    private static long[] bounds() {
        java.util.List<Long> bounds = new java.util.ArrayList<>();
        double bound = 50;
        while (bound < 70_000_000) {
            bounds.add(Math.round(bound));
            bound *= GROWTH;
        }
        return bounds.stream().mapToLong(Long::longValue).toArray();
    }

    public void record(long micros) {
        counts[bucketOf(Math.max(0, micros))]++;
        total++;
    }

    public void addAll(LatencyHistogram other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
    }

    public void clear() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
    }

    public long count() {
        return total;
    }

    /**
     * The latency below which {@code quantile} of the recordings fall, in milliseconds, interpolated
     * within its bucket; 0 when nothing was recorded.
     */
    public double percentileMillis(double quantile) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            if (seen + counts[i] >= rank) {
                double lower = i == 0 ? 0 : UPPER_MICROS[i - 1];
                double upper = i < UPPER_MICROS.length ? UPPER_MICROS[i] : lower * GROWTH;
                double fraction = (double) (rank - seen) / counts[i];
                return (lower + (upper - lower) * fraction) / 1000.0;
            }
            seen += counts[i];
        }
        return UPPER_MICROS[UPPER_MICROS.length - 1] / 1000.0;
    }

    private static int bucketOf(long micros) {
        int low = 0;
        int high = UPPER_MICROS.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (UPPER_MICROS[mid] < micros) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
