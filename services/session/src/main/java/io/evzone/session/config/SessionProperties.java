package io.evzone.session.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the session service ({@code evzone.session.*}); every key has a default that works on
 * one machine (docs/configuration.md).
 *
 * @param commandWait how long {@code POST /sessions/start} and {@code /stop} wait for the charger's
 *     answer before replying 202 with the command id
 * @param commandTimeout the deadline given to the gateway for a command (it reports TIMED_OUT after)
 * @param updateInterval the least time between two SessionUpdated events of one session
 * @param meterPartitionsAhead monthly meter value partitions created ahead of the current month
 * @param meterRetentionMonths months of raw meter values kept; older partitions are dropped once rolled
 *     up (0 keeps all)
 * @param partitionMaintenanceInterval how often partitions are created ahead and expired ones dropped
 * @param meterRollupRetentionMonths months of hourly rollups kept (0 keeps all); at least as long as
 *     the raw values
 * @param meterRollupDelay how long after an hour ends it is rolled up; samples arriving later make
 *     the rollup recompute their hour
 * @param meterRollupInterval how often the hourly rollup runs
 * @param commandRetention how long commands with their outcome are kept (by request time); zero or negative: kept
 *     forever
 */
@ConfigurationProperties("evzone.session")
public record SessionProperties(
        Duration commandWait,
        Duration commandTimeout,
        Duration updateInterval,
        Integer meterPartitionsAhead,
        Integer meterRetentionMonths,
        Duration partitionMaintenanceInterval,
        Integer meterRollupRetentionMonths,
        Duration meterRollupDelay,
        Duration meterRollupInterval,
        Duration commandRetention) {

    public SessionProperties {
        commandWait = orDefault(commandWait, Duration.ofSeconds(10), "command-wait", true);
        commandTimeout = orDefault(commandTimeout, Duration.ofSeconds(60), "command-timeout", false);
        updateInterval = orDefault(updateInterval, Duration.ofSeconds(30), "update-interval", true);
        meterPartitionsAhead = meterPartitionsAhead == null ? 3 : meterPartitionsAhead;
        meterRetentionMonths = meterRetentionMonths == null ? 3 : meterRetentionMonths;
        partitionMaintenanceInterval =
                orDefault(partitionMaintenanceInterval, Duration.ofHours(6), "partition-maintenance-interval", false);
        meterRollupRetentionMonths = meterRollupRetentionMonths == null ? 36 : meterRollupRetentionMonths;
        meterRollupDelay = orDefault(meterRollupDelay, Duration.ofMinutes(15), "meter-rollup-delay", true);
        meterRollupInterval = orDefault(meterRollupInterval, Duration.ofMinutes(5), "meter-rollup-interval", false);
        commandRetention = commandRetention == null ? Duration.ofDays(90) : commandRetention;
        if (meterPartitionsAhead < 1 || meterPartitionsAhead > 24) {
            throw new IllegalArgumentException("evzone.session.meter-partitions-ahead must be 1 to 24");
        }
        if (meterRetentionMonths < 0) {
            throw new IllegalArgumentException("evzone.session.meter-retention-months must not be negative");
        }
        if (meterRollupRetentionMonths < 0
                || meterRollupRetentionMonths != 0
                        && (meterRetentionMonths == 0 || meterRollupRetentionMonths < meterRetentionMonths)) {
            throw new IllegalArgumentException("evzone.session.meter-rollup-retention-months must be 0 (keep all) or"
                    + " at least meter-retention-months");
        }
    }

    private static Duration orDefault(Duration value, Duration fallback, String key, boolean zeroAllowed) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || (!zeroAllowed && value.isZero())) {
            throw new IllegalArgumentException("evzone.session." + key + " must be positive");
        }
        return value;
    }
}
