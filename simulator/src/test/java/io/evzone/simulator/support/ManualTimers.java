package io.evzone.simulator.support;

import io.evzone.simulator.charger.Timers;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/** Virtual time for charger tests: nothing runs until the test advances the clock. */
public final class ManualTimers implements Timers {
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private Instant now = Instant.parse("2025-06-01T08:00:00Z");
    private long sequence;

    private static final class Task implements Comparable<Task> {
        final Instant at;
        final long order;
        final Runnable action;
        boolean cancelled;

        Task(Instant at, long order, Runnable action) {
            this.at = at;
            this.order = order;
            this.action = action;
        }

        @Override
        public int compareTo(Task other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Task task = new Task(now.plus(delay), sequence++, action);
        tasks.add(task);
        return () -> task.cancelled = true;
    }

    @Override
    public Instant now() {
        return now;
    }

    /** Moves the clock forward, running every task that falls due, in order. */
    public void advance(Duration duration) {
        Instant target = now.plus(duration);
        while (!tasks.isEmpty() && !tasks.peek().at.isAfter(target)) {
            Task task = tasks.poll();
            if (!task.cancelled) {
                now = task.at;
                task.action.run();
            }
        }
        now = target;
    }
}
