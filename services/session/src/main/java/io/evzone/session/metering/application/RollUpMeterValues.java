package io.evzone.session.metering.application;

import io.evzone.session.config.SessionProperties;
import io.evzone.session.metering.application.HourlyRollups.Step;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Rolls meter values up into hourly figures every {@code evzone.session.meter-rollup-interval}: first
 * the charge point hours that received samples after they had been rolled up, then each hour that
 * ended at least {@code evzone.session.meter-rollup-delay} ago, one transaction per hour. Safe to
 * repeat and to run on several nodes: one of them works, the others find it busy and return.
 */
@Service
public class RollUpMeterValues {

    static final int LATE_BATCH = 1_000;
    static final int MAX_HOURS_PER_RUN = 24 * 7;

    private static final Logger log = LoggerFactory.getLogger(RollUpMeterValues.class);

    private final HourlyRollups rollups;
    private final MeterValuePartitions raw;
    private final HourlyRollupPartitions hourly;
    private final SessionProperties properties;
    private final Clock clock;

    public RollUpMeterValues(
            HourlyRollups rollups,
            MeterValuePartitions raw,
            HourlyRollupPartitions hourly,
            SessionProperties properties,
            Clock clock) {
        this.rollups = rollups;
        this.raw = raw;
        this.hourly = hourly;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many hours (and late charge point hours) were rolled up */
    @Scheduled(
            fixedDelayString = "${evzone.session.meter-rollup-interval:PT5M}",
            initialDelayString = "${evzone.session.meter-rollup-interval:PT5M}")
    public int run() {
        Instant horizon = horizon();
        int late = 0;
        int batch;
        do {
            batch = rollups.rollUpLate(horizon, LATE_BATCH);
            late += Math.max(batch, 0);
        } while (batch == LATE_BATCH);
        Instant closedBefore =
                clock.instant().minus(properties.meterRollupDelay()).truncatedTo(ChronoUnit.HOURS);
        int hours = 0;
        while (hours < MAX_HOURS_PER_RUN && rollups.rollUpNextHour(closedBefore, horizon) == Step.ROLLED_UP) {
            hours++;
        }
        if (hours > 0 || late > 0) {
            log.debug("Rolled up {} hours of meter values and {} late charge point hours", hours, late);
        }
        return hours + late;
    }

    /**
     * The oldest hour that both raw values and rollups still have partitions for: where the first run
     * starts, and before which late samples cannot be rolled up any more.
     */
    Instant horizon() {
        YearMonth fallback = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
        YearMonth oldestRaw = oldest(raw.existing(), fallback);
        YearMonth oldestHourly = oldest(hourly.existing(), fallback);
        YearMonth later = oldestRaw.isAfter(oldestHourly) ? oldestRaw : oldestHourly;
        return later.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static YearMonth oldest(List<YearMonth> months, YearMonth fallback) {
        return months.isEmpty() ? fallback : months.getFirst();
    }
}
