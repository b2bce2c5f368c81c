package io.evzone.simulator.it;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task on the calling thread. The test CSMS gives it to Java-WebSocket's TLS channel for the
 * {@code SSLEngine}'s delegated tasks: run on a pool, a task that finishes after the selector has read the client's
 * last handshake flight leaves the handshake waiting for data that never comes (Java-WebSocket issue 1500, seen here
 * as a profile 3 charger hanging until its connect timeout in about 1 of 17 handshakes on a loaded machine; none in
 * 600 run inline).
 */
final class InlineExecutor extends AbstractExecutorService {
    private volatile boolean shutdown;

    @Override
    public void execute(Runnable task) {
        task.run();
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
