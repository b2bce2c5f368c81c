package io.evzone.simulator.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress: on a terminal one line redrawn every second with {@code \r}; otherwise a log line every few
 * seconds.
 */
public final class ProgressReporter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sim-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final boolean terminal;
    private final PrintStream out;
    private final int chargers;
    private final Supplier<StatsSnapshot> stats;
    private final long startNanos = System.nanoTime();
    private StatsSnapshot previous;
    private long previousNanos = startNanos;
    private int width;

    public ProgressReporter(boolean terminal, PrintStream out, int chargers, Supplier<StatsSnapshot> stats) {
        this.terminal = terminal;
        this.out = out;
        this.chargers = chargers;
        this.stats = stats;
        this.previous = stats.get();
    }

    public ProgressReporter start() {
        long period = terminal ? 1 : 5;
        executor.scheduleAtFixedRate(this::report, period, period, TimeUnit.SECONDS);
        return this;
    }

    private synchronized void report() {
        long nanos = System.nanoTime();
        StatsSnapshot now = stats.get();
        String line = ProgressLine.format(
                Duration.ofNanos(nanos - startNanos), chargers, now, previous, Duration.ofNanos(nanos - previousNanos));
        previous = now;
        previousNanos = nanos;
        if (terminal) {
            int pad = Math.max(0, width - line.length());
            width = line.length();
            out.print("\r" + line + " ".repeat(pad));
            out.flush();
        } else {
            log.info("{}", line);
        }
    }

    @Override
    public synchronized void close() {
        executor.shutdownNow();
        if (terminal && width > 0) {
            out.println();
        }
    }
}
