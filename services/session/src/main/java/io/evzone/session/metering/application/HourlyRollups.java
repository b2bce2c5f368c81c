package io.evzone.session.metering.application;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The hourly rollup of meter values ({@code meter_value_hourly}). Every write recomputes whole hours
 * from the raw rows, so it can be repeated safely; writes take the rollup lock, and a call that
 * finds another node holding it does nothing.
 */
public interface HourlyRollups {

    enum Step {
        /** One more hour was rolled up. */
        ROLLED_UP,
        /** Every hour before the limit is rolled up. */
        UP_TO_DATE,
        /** Another node holds the rollup lock. */
        BUSY
    }

    /** The end of the hours rolled up so far; empty before the first run. */
    Optional<Instant> rolledUpTo();

    /**
     * Rolls up the first hour not rolled up yet, if it ended before {@code closedBefore}, and moves
     * the progress past it in the same transaction.
     *
     * @param start where the first run begins
     */
    Step rollUpNextHour(Instant closedBefore, Instant start);

    /**
     * Rolls up again, up to {@code limit} of them, the charge point hours that received samples after
     * they had been rolled up; those before {@code horizon} (raw values gone) are forgotten.
     *
     * @return how many charge point hours were taken care of, or -1 when another node is busy
     */
    int rollUpLate(Instant horizon, int limit);

    /**
     * Runs {@code action} holding the rollup lock, if every hour of the month is rolled up and none
     * awaits a late rollup. Used to drop raw partitions only once nothing more can be read from them.
     *
     * @return whether the action ran
     */
    boolean whenRolledUp(YearMonth month, Runnable action);

    /** A charge point's hourly values, oldest hour first. */
    List<HourlyMeterValue> series(HourlySeriesQuery query);
}
