package io.evzone.billing.tariffs.domain;

import java.time.LocalTime;

/** Time-of-day windows as OCPI 2.2.1 writes them: start inclusive, end exclusive, past midnight when end < start. */
final class TimeOfDay {

    private TimeOfDay() {}

    static boolean within(LocalTime time, LocalTime start, LocalTime end) {
        if (start == null && end == null) {
            return true;
        }
        if (start == null) {
            return time.isBefore(end);
        }
        if (end == null) {
            return !time.isBefore(start);
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /** Whether two windows share a moment of the day. */
    static boolean overlap(LocalTime startA, LocalTime endA, LocalTime startB, LocalTime endB) {
        return within(startOf(startA), startB, endB) || within(startOf(startB), startA, endA);
    }

    private static LocalTime startOf(LocalTime start) {
        return start == null ? LocalTime.MIDNIGHT : start;
    }
}
