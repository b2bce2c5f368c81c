package io.evzone.platform.commands;

import io.evzone.contracts.charger.CommandStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times out the commands that never got an outcome: the gateway reports TIMED_OUT at the deadline itself, but a
 * gateway that was down, or a result lost on the way, would leave the command QUEUED forever. Past the deadline and the
 * grace, the command is TIMED_OUT here; a result arriving later is ignored (the first final outcome wins).
 */
public class CommandDeadlines implements SmartLifecycle {

    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(CommandDeadlines.class);

    private final IssuedCommands commands;
    private final RecordOutcome outcomes;
    private final TransactionTemplate transactions;
    private final CommandSettings settings;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    CommandDeadlines(
            IssuedCommands commands,
            RecordOutcome outcomes,
            TransactionTemplate transactions,
            CommandSettings settings,
            Clock clock) {
        this.commands = commands;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return how many commands were timed out */
    public int timeOutOverdue() {
        List<UUID> overdue = commands.overdue(clock.instant().minus(settings.grace()), CHUNK);
        for (UUID id : overdue) {
            transactions.executeWithoutResult(tx -> outcomes.apply(
                    id,
                    CommandStatus.TIMED_OUT,
                    Map.of("reason", "no outcome reported by the deadline"),
                    clock.instant()));
        }
        return overdue.size();
    }

    @Override
    public synchronized void start() {
        Duration every = settings.grace().isPositive() ? settings.grace() : Duration.ofSeconds(30);
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("command-deadlines").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweepQuietly() {
        try {
            timeOutOverdue();
        } catch (RuntimeException e) {
            log.warn("Timing out overdue commands failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
