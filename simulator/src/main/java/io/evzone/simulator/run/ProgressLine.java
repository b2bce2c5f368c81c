package io.evzone.simulator.run;

import java.time.Duration;
import java.util.Locale;

/** The one-line progress display: {@code [00:01:05] connected 10/10 | booted 10 | sessions 2 | 35 msg/s | errors 0}. */
public final class ProgressLine {
    private ProgressLine() {}

    public static String format(
            Duration elapsed, int chargers, StatsSnapshot now, StatsSnapshot before, Duration sinceBefore) {
        double seconds = Math.max(0.001, sinceBefore.toNanos() / 1e9);
        double rate = (now.messages() - before.messages()) / seconds;
        return String.format(
                Locale.ROOT,
                "[%02d:%02d:%02d] connected %,d/%,d | booted %,d | sessions %,d | %,.0f msg/s | errors %,d",
                elapsed.toHours(),
                elapsed.toMinutesPart(),
                elapsed.toSecondsPart(),
                now.connected(),
                chargers,
                now.booted(),
                now.activeSessions(),
                rate,
                now.errors() + now.connectFailures());
    }
}
