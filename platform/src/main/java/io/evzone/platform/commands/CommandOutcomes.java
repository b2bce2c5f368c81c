package io.evzone.platform.commands;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lets an HTTP request wait for a charger's answer to its command. The answer is noticed at once when this node
 * consumed it, and by polling the database when another node did.
 */
public class CommandOutcomes {

    private static final Duration POLL = Duration.ofMillis(250);

    private final IssuedCommands commands;
    private final Map<UUID, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    CommandOutcomes(IssuedCommands commands) {
        this.commands = commands;
    }

    void expect(UUID commandId) {
        waiting.putIfAbsent(commandId, new CompletableFuture<>());
    }

    /** Called after the outcome was committed. */
    void completed(UUID commandId) {
        CompletableFuture<Void> future = waiting.get(commandId);
        if (future != null) {
            future.complete(null);
        }
    }

    /** The command as it stands after its outcome arrived or {@code wait} passed, whichever is first. */
    public IssuedCommand await(UUID commandId, Duration wait) {
        CompletableFuture<Void> future = waiting.computeIfAbsent(commandId, id -> new CompletableFuture<>());
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                IssuedCommand command = commands.byId(commandId).orElseThrow();
                long left = deadline - System.nanoTime();
                if (command.finished() || left <= 0) {
                    return command;
                }
                pause(future, Math.min(left, POLL.toNanos()));
            }
        } finally {
            waiting.remove(commandId);
        }
    }

    private static void pause(CompletableFuture<Void> future, long nanos) {
        try {
            future.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // Poll the database: another node may have recorded the outcome.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a command outcome", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
