package io.evzone.billing.tariffs.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Energy over a session: the samples in time order, from zero at the start to the last sample at
 * the end, never decreasing (a sample below an earlier one is read as the earlier value) and never
 * above the final reading. Between two samples energy is spread evenly over time, in whole Wh
 * rounded down, so slices of one interval add up exactly to its energy.
 */
final class MeterCurve {

    private final List<MeterSample> points;

    MeterCurve(ChargingProfile profile) {
        List<MeterSample> sorted = profile.samples().stream()
                .map(s -> new MeterSample(s.at().truncatedTo(ChronoUnit.SECONDS), s.energyWh()))
                .filter(s -> s.at().isAfter(profile.startedAt()) && !s.at().isAfter(profile.endedAt()))
                .sorted(Comparator.comparing(MeterSample::at))
                .toList();
        long finalWh = sorted.isEmpty() ? 0 : sorted.getLast().energyWh();
        points = new ArrayList<>();
        points.add(new MeterSample(profile.startedAt(), 0));
        long highest = 0;
        for (MeterSample sample : sorted) {
            highest = Math.min(Math.max(highest, sample.energyWh()), finalWh);
            if (sample.at().equals(points.getLast().at())) {
                points.removeLast();
            }
            points.add(new MeterSample(sample.at(), highest));
        }
        if (points.getLast().at().isBefore(profile.endedAt())) {
            points.add(new MeterSample(profile.endedAt(), highest));
        }
    }

    List<Instant> sampleTimes() {
        return points.stream().map(MeterSample::at).toList();
    }

    long totalWh() {
        return points.getLast().energyWh();
    }

    long energyAt(Instant at) {
        int i = segmentOf(at);
        MeterSample from = points.get(i);
        if (i + 1 >= points.size()) {
            return from.energyWh();
        }
        MeterSample to = points.get(i + 1);
        long span = seconds(from.at(), to.at());
        long delta = to.energyWh() - from.energyWh();
        return from.energyWh() + Math.floorDiv(Math.multiplyExact(delta, seconds(from.at(), at)), span);
    }

    /** Average power in W over the sample interval starting at or before {@code at}. */
    long powerAt(Instant at) {
        int i = Math.min(segmentOf(at), points.size() - 2);
        if (i < 0) {
            return 0;
        }
        MeterSample from = points.get(i);
        MeterSample to = points.get(i + 1);
        return Math.multiplyExact(to.energyWh() - from.energyWh(), 3_600) / Math.max(1, seconds(from.at(), to.at()));
    }

    /** Whether energy flows in the sample interval starting at or before {@code at}: charging, not parking. */
    boolean chargingAt(Instant at) {
        int i = Math.min(segmentOf(at), points.size() - 2);
        return i >= 0 && points.get(i + 1).energyWh() > points.get(i).energyWh();
    }

    /** The first whole second at which the delivered energy reaches {@code wh}, or null if it never does. */
    Instant reaching(long wh) {
        for (int i = 0; i + 1 < points.size(); i++) {
            MeterSample from = points.get(i);
            MeterSample to = points.get(i + 1);
            if (from.energyWh() >= wh) {
                return from.at();
            }
            if (to.energyWh() >= wh) {
                long span = seconds(from.at(), to.at());
                long needed = wh - from.energyWh();
                long delta = to.energyWh() - from.energyWh();
                return from.at().plusSeconds(Math.ceilDiv(Math.multiplyExact(needed, span), delta));
            }
        }
        return null;
    }

    private int segmentOf(Instant at) {
        int i = 0;
        while (i + 1 < points.size() && !points.get(i + 1).at().isAfter(at)) {
            i++;
        }
        return i;
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).getSeconds();
    }
}
