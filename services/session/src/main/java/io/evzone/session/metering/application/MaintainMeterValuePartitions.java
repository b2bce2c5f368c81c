package io.evzone.session.metering.application;

import io.evzone.session.config.SessionProperties;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps monthly meter value partitions ready ahead of time (from last month to
 * {@code evzone.session.meter-partitions-ahead} months on) and drops those older than
 * {@code evzone.session.meter-retention-months} (0 keeps everything). Runs at startup and every
 * {@code evzone.session.partition-maintenance-interval}; safe on several nodes at once.
 */
@Service
public class MaintainMeterValuePartitions {

    private static final Logger log = LoggerFactory.getLogger(MaintainMeterValuePartitions.class);

    private final MeterValuePartitions partitions;
    private final SessionProperties properties;
    private final Clock clock;

    public MaintainMeterValuePartitions(MeterValuePartitions partitions, SessionProperties properties, Clock clock) {
        this.partitions = partitions;
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
        for (int i = -1; i <= properties.meterPartitionsAhead(); i++) {
            if (partitions.ensure(current.plusMonths(i))) {
                log.info("Created meter value partition for {}", current.plusMonths(i));
            }
        }
        int retention = properties.meterRetentionMonths();
        if (retention > 0) {
            YearMonth oldestKept = current.minusMonths(retention);
            partitions.existing().stream().filter(m -> m.isBefore(oldestKept)).forEach(month -> {
                partitions.drop(month);
                log.info("Dropped meter value partition for {} (retention {} months)", month, retention);
            });
        }
    }
}
