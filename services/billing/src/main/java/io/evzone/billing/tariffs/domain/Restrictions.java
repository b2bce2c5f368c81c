package io.evzone.billing.tariffs.domain;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * OCPI 2.2.1 TariffRestrictions, in the station's local time. Every restriction is optional; lower
 * bounds are inclusive and upper bounds exclusive. A charger reports no current, so an element
 * restricted by current never applies to a metered session (docs/billing-pricing.md).
 *
 * @param startTime local time of day from which the element applies
 * @param endTime local time of day until which it applies; before {@code startTime} means past midnight
 * @param startDate first local date it applies
 * @param endDate first local date it no longer applies
 * @param minWh energy delivered so far in the session, at least
 * @param maxWh energy delivered so far, below
 * @param minPowerW charging power, at least
 * @param maxPowerW charging power, below
 * @param minDurationSeconds session duration so far, at least
 * @param maxDurationSeconds session duration so far, below
 * @param daysOfWeek local days it applies; empty for every day
 * @param reservation the element prices a reservation rather than charging
 */
public record Restrictions(
        LocalTime startTime,
        LocalTime endTime,
        LocalDate startDate,
        LocalDate endDate,
        Long minWh,
        Long maxWh,
        BigDecimal minCurrentA,
        BigDecimal maxCurrentA,
        Long minPowerW,
        Long maxPowerW,
        Long minDurationSeconds,
        Long maxDurationSeconds,
        Set<DayOfWeek> daysOfWeek,
        ReservationRestriction reservation) {

    public static final Restrictions NONE =
            new Restrictions(null, null, null, null, null, null, null, null, null, null, null, null, Set.of(), null);

    /** A time-of-day band and nothing else: from {@code start} (inclusive) to {@code end} (exclusive). */
    public static Restrictions band(LocalTime start, LocalTime end) {
        return new Restrictions(start, end, null, null, null, null, null, null, null, null, null, null, Set.of(), null);
    }

    public enum ReservationRestriction {
        RESERVATION,
        RESERVATION_EXPIRES
    }

    public Restrictions {
        daysOfWeek = daysOfWeek == null ? Set.of() : Set.copyOf(daysOfWeek);
        if (startTime != null && startTime.equals(endTime)) {
            throw DomainException.invalid("endTime: must differ from startTime");
        }
        if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
            throw DomainException.invalid("endDate: must be after startDate");
        }
        ordered("maxKwh", minWh, maxWh);
        ordered("maxPower", minPowerW, maxPowerW);
        ordered("maxDuration", minDurationSeconds, maxDurationSeconds);
        ordered("maxCurrent", minCurrentA, maxCurrentA);
        nonNegative("minKwh", minWh);
        nonNegative("minPower", minPowerW);
        nonNegative("minDuration", minDurationSeconds);
        if (minCurrentA != null && minCurrentA.signum() < 0) {
            throw DomainException.invalid("minCurrent: must not be negative");
        }
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether everything but the time of day is the same as in {@code other}. */
    public boolean sameApartFromTimeOfDay(Restrictions other) {
        return withoutTimeOfDay().equals(other.withoutTimeOfDay());
    }

    public boolean hasTimeOfDay() {
        return startTime != null || endTime != null;
    }

    /** Whether an element with these restrictions applies to a moment of a charging session. */
    public boolean matches(SessionMoment moment) {
        if (reservation != null || minCurrentA != null || maxCurrentA != null) {
            return false;
        }
        LocalTime time = moment.local().toLocalTime();
        LocalDate date = moment.local().toLocalDate();
        return TimeOfDay.within(time, startTime, endTime)
                && (startDate == null || !date.isBefore(startDate))
                && (endDate == null || date.isBefore(endDate))
                && (daysOfWeek.isEmpty() || daysOfWeek.contains(date.getDayOfWeek()))
                && within(moment.energyWh(), minWh, maxWh)
                && within(moment.elapsedSeconds(), minDurationSeconds, maxDurationSeconds)
                && (minPowerW == null && maxPowerW == null
                        || moment.powerW() != null && within(moment.powerW(), minPowerW, maxPowerW));
    }

    private Restrictions withoutTimeOfDay() {
        return new Restrictions(
                null,
                null,
                startDate,
                endDate,
                minWh,
                maxWh,
                minCurrentA,
                maxCurrentA,
                minPowerW,
                maxPowerW,
                minDurationSeconds,
                maxDurationSeconds,
                daysOfWeek,
                reservation);
    }

    private static boolean within(long value, Long min, Long max) {
        return (min == null || value >= min) && (max == null || value < max);
    }

    private static <T extends Comparable<T>> void ordered(String field, T min, T max) {
        if (min != null && max != null && min.compareTo(max) >= 0) {
            throw DomainException.invalid(field + ": must be greater than the minimum");
        }
    }

    private static void nonNegative(String field, Long value) {
        if (value != null && value < 0) {
            throw DomainException.invalid(field + ": must not be negative");
        }
    }
}
