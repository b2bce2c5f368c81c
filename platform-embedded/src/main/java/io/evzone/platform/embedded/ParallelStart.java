package io.evzone.platform.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts servers side by side, and when any of them fails, stops those that did start before reporting the failure.
 */
final class ParallelStart implements AutoCloseable {

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("evzone-embedded-start-", 0).factory());
    private final List<AutoCloseable> started = new ArrayList<>();
    private RuntimeException failure;

    /** Starts a server in the background when {@code enabled}; otherwise the result is {@code null}. */
    <T extends AutoCloseable> Future<T> submitIf(boolean enabled, Callable<T> start) {
        return enabled ? executor.submit(start) : CompletableFuture.completedFuture(null);
    }

    /** Waits for a start; returns {@code null} when it failed, which {@link #throwIfAnyFailed()} then reports. */
    <T extends AutoCloseable> T await(Future<T> start) {
        try {
            T server = start.get();
            if (server != null) {
                started.add(server);
            }
            return server;
        } catch (ExecutionException e) {
            recordFailure(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recordFailure(e);
        }
        return null;
    }

    /** Stops every server that did start, most recent first, then throws the first failure, if there was any. */
    void throwIfAnyFailed() {
        if (failure == null) {
            return;
        }
        for (AutoCloseable server : started.reversed()) {
            try {
                server.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    private void recordFailure(Throwable cause) {
        RuntimeException wrapped = cause instanceof RuntimeException runtime
                ? runtime
                : new EmbeddedServerException("An embedded server did not start", cause);
        if (failure == null) {
            failure = wrapped;
        } else {
            failure.addSuppressed(wrapped);
        }
    }

    /** Waits for every submitted start to finish. */
    @Override
    public void close() {
        executor.close();
    }
}
