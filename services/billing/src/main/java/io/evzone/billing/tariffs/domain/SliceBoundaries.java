package io.evzone.billing.tariffs.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every moment of a session at which the applicable element may change: meter samples, the local
 * times and midnights the restrictions name (both occurrences of a local time repeated by a
 * daylight-saving switch), the switches themselves, duration thresholds and the moments the
 * delivered energy crosses an energy threshold. Between two boundaries one element applies.
 */
final class SliceBoundaries {

    private SliceBoundaries() {}

    static List<Instant> of(ChargingProfile profile, MeterCurve curve, List<TariffElement> elements) {
        Instant start = profile.startedAt();
        Instant end = profile.endedAt();
        TreeSet<Instant> all = new TreeSet<>(curve.sampleTimes());
        all.add(start);
        all.add(end);
        List<Restrictions> restrictions =
                elements.stream().map(TariffElement::restrictions).toList();
        localTimes(restrictions).forEach(time -> addLocal(all, profile.zone(), start, end, time));
        addTransitions(all, profile.zone(), start, end);
        for (Restrictions r : restrictions) {
            Stream.of(r.minDurationSeconds(), r.maxDurationSeconds())
                    .filter(java.util.Objects::nonNull)
                    .forEach(seconds -> all.add(start.plusSeconds(seconds)));
            Stream.of(r.minWh(), r.maxWh())
                    .filter(java.util.Objects::nonNull)
                    .map(curve::reaching)
                    .filter(java.util.Objects::nonNull)
                    .forEach(all::add);
        }
        return new ArrayList<>(all.subSet(start, true, end, true));
    }

    private static List<LocalTime> localTimes(List<Restrictions> restrictions) {
        List<LocalTime> times = new ArrayList<>(List.of(LocalTime.MIDNIGHT));
        for (Restrictions r : restrictions) {
            Stream.of(r.startTime(), r.endTime())
                    .filter(java.util.Objects::nonNull)
                    .forEach(times::add);
        }
        return times;
    }

    private static void addLocal(TreeSet<Instant> all, ZoneId zone, Instant start, Instant end, LocalTime time) {
        LocalDate last = end.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            ZonedDateTime local = ZonedDateTime.of(day, time, zone);
            all.add(local.withEarlierOffsetAtOverlap().toInstant());
            all.add(local.withLaterOffsetAtOverlap().toInstant());
        }
    }

    private static void addTransitions(TreeSet<Instant> all, ZoneId zone, Instant start, Instant end) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(start);
        while (next != null && next.getInstant().isBefore(end)) {
            all.add(next.getInstant());
            next = zone.getRules().nextTransition(next.getInstant());
        }
    }
}
