package io.evzone.simulator.bench;

import java.util.Locale;

/** The benchmark workloads. */
public enum Workload {
    /** Ramp to N concurrent 1.6 chargers and hold them with heartbeats. */
    CONNECTIONS(10_000, 500, 60),
    /** N chargers connect at once, boot and report status; time to accepted and to visible in the station API. */
    BOOT_STORM(5_000, 0, 300),
    /** N chargers in sessions send meter values at a fixed total rate; throughput and round-trip latency. */
    METER_VALUES(1_000, 5_000, 60),
    /** N server-sent event streams receive their users' notifications of events published at a fixed rate. */
    NOTIFICATIONS(5_000, 1_000, 60),
    /** N clients post to the billing ledger across W wallets; postings per second, then the exactness check. */
    LEDGER(1_000, 0, 60),
    /** A backlog of N completed sessions on session.events.v1; sessions priced/s until billing priced them all. */
    PRICING(100_000, 0, 600);

    private final int defaultChargers;
    private final double defaultRate;
    private final int defaultDurationSeconds;

    Workload(int defaultChargers, double defaultRate, int defaultDurationSeconds) {
        this.defaultChargers = defaultChargers;
        this.defaultRate = defaultRate;
        this.defaultDurationSeconds = defaultDurationSeconds;
    }

    public int defaultChargers() {
        return defaultChargers;
    }

    /** Connections/s (connections), meter values/s (meter-values), events/s (notifications); unused by boot-storm. */
    public double defaultRate() {
        return defaultRate;
    }

    /** Hold time (connections, meter-values) or time limit (boot-storm). */
    public int defaultDurationSeconds() {
        return defaultDurationSeconds;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Workload fromCliName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
