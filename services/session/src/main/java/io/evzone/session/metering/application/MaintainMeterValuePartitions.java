package io.evzone.session.metering.application;

import io.evzone.session.config.SessionProperties;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps monthly partitions of raw meter values and of their hourly rollups ready ahead of time (to
 * {@code evzone.session.meter-partitions-ahead} months on; rollups also back to the oldest raw month)
 * and drops expired ones: raw months older than {@code evzone.session.meter-retention-months} once
 * they are fully rolled up, rollup months older than {@code meter-rollup-retention-months} (0 keeps
 * everything). Runs at startup and every {@code evzone.session.partition-maintenance-interval}; safe
 * on several nodes at once.
 */
@Service
public class MaintainMeterValuePartitions {

    private static final Logger log = LoggerFactory.getLogger(MaintainMeterValuePartitions.class);

    private final MeterValuePartitions raw;
    private final HourlyRollupPartitions hourly;
    private final HourlyRollups rollups;
    private final SessionProperties properties;
    private final Clock clock;

    public MaintainMeterValuePartitions(
            MeterValuePartitions raw,
            HourlyRollupPartitions hourly,
            HourlyRollups rollups,
            SessionProperties properties,
            Clock clock) {
        this.raw = raw;
        this.hourly = hourly;
        this.rollups = rollups;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStartup() {
        run();
    }

    @Scheduled(
            fixedDelayString = "${evzone.session.partition-maintenance-interval:PT6H}",
            initialDelayString = "${evzone.session.partition-maintenance-interval:PT6H}")
    public void run() {
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        YearMonth last = current.plusMonths(properties.meterPartitionsAhead());
        ensure(raw, "meter value", current.minusMonths(1), last);
        ensure(hourly, "hourly meter value", firstRollupMonth(current), last);
        expireRaw(current);
        expire(hourly, "hourly meter value", current, properties.meterRollupRetentionMonths());
    }

    /** Rollups need a partition for every month that still has raw values to roll up. */
    private YearMonth firstRollupMonth(YearMonth current) {
        YearMonth first = raw.existing().stream()
                .findFirst()
                .filter(m -> m.isBefore(current.minusMonths(1)))
                .orElse(current.minusMonths(1));
        int retention = properties.meterRollupRetentionMonths();
        return retention > 0 && first.isBefore(current.minusMonths(retention)) ? current.minusMonths(retention) : first;
    }

    private static void ensure(MonthlyPartitions partitions, String what, YearMonth from, YearMonth to) {
        List<YearMonth> existing = partitions.existing();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            if (!existing.contains(month) && partitions.ensure(month)) {
                log.info("Created {} partition for {}", what, month);
            }
        }
    }

    private void expireRaw(YearMonth current) {
        int retention = properties.meterRetentionMonths();
        if (retention == 0) {
            return;
        }
        for (YearMonth month : raw.existing()) {
            if (!month.isBefore(current.minusMonths(retention))) {
                return;
            }
            if (rollups.whenRolledUp(month, () -> raw.drop(month))) {
                log.info("Dropped meter value partition for {} (retention {} months, rolled up)", month, retention);
            } else {
                log.info("Keeping expired meter value partition for {} until it is rolled up", month);
            }
        }
    }

    private static void expire(MonthlyPartitions partitions, String what, YearMonth current, int retention) {
        if (retention == 0) {
            return;
        }
        partitions.existing().stream()
                .filter(m -> m.isBefore(current.minusMonths(retention)))
                .forEach(month -> {
                    partitions.drop(month);
                    log.info("Dropped {} partition for {} (retention {} months)", what, month, retention);
                });
    }
}
