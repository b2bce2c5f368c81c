package io.evzone.simulator.bench;

import io.evzone.simulator.charger.SimulatedCharger;
import io.evzone.simulator.run.RunningSimulation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches, while a boot storm runs, when each charger shows in the station API: only chargers already
 * accepted are looked up (the station creates a record before any accepted answer), so the watch adds
 * about one request per charger instead of polling everything, and the last one's time is when the
 * whole storm became visible.
 */
final class VisibilityWatch {
    private static final int PARALLEL_LOOKUPS = 32;

    private final PlatformApi api;
    private final URI stationApi;
    private final List<SimulatedCharger<?, ?>> chargers;
    private final long start;
    private final Set<String> visible = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastVisibleNanos = new AtomicLong();
    private final Thread watcher;

    private VisibilityWatch(PlatformApi api, URI stationApi, RunningSimulation running, long start) {
        this.api = api;
        this.stationApi = stationApi;
        this.chargers = List.copyOf(running.chargers());
        this.start = start;
        this.watcher = Thread.ofVirtual().name("visibility-watch").unstarted(this::watch);
    }

    static VisibilityWatch start(PlatformApi api, URI stationApi, RunningSimulation running, long start) {
        VisibilityWatch watch = new VisibilityWatch(api, stationApi, running, start);
        watch.watcher.start();
        return watch;
    }

    /** Waits until every charger was seen or the deadline; returns seconds from the start to the last one, or -1. */
    double awaitAll(long deadlineNanos) throws InterruptedException {
        long waitMillis = Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000);
        watcher.join(waitMillis);
        watcher.interrupt();
        return visible.size() == chargers.size() ? BenchRun.round((lastVisibleNanos.get() - start) / 1e9, 3) : -1;
    }

    int visibleCount() {
        return visible.size();
    }

    private void watch() {
        while (visible.size() < chargers.size() && !Thread.currentThread().isInterrupted()) {
            List<String> due = new ArrayList<>();
            for (SimulatedCharger<?, ?> charger : chargers) {
                if (!visible.contains(charger.id()) && charger.state() == SimulatedCharger.State.ACCEPTED) {
                    due.add(charger.id());
                }
            }
            lookUp(due);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void lookUp(List<String> ids) {
        for (int i = 0; i < ids.size(); i += PARALLEL_LOOKUPS) {
            CompletableFuture.allOf(ids.subList(i, Math.min(ids.size(), i + PARALLEL_LOOKUPS)).stream()
                            .map(id -> api.visible(stationApi, id).thenAccept(found -> {
                                if (found && visible.add(id)) {
                                    lastVisibleNanos.accumulateAndGet(System.nanoTime(), Math::max);
                                }
                            }))
                            .toArray(CompletableFuture[]::new))
                    .join();
        }
    }
}
