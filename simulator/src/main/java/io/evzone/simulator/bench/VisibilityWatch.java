package io.evzone.simulator.bench;

import io.evzone.simulator.charger.SimulatedCharger;
import io.evzone.simulator.run.RunningSimulation;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches, while a boot storm runs, when each charger shows in the station API: only chargers already
 * accepted are looked up (a charger may be accepted before its record is made), a hundred per request,
 * each charger at most once a second until seen; the last one's time is when the whole storm became
 * visible (late by up to a second). The watch must not load the platform it measures: a request per
 * charger cost it a sixth of its CPU during a 5,000-charger storm, and asking for every accepted but
 * unrecorded charger five times a second kept the station's REST threads busy all storm long.
 */
final class VisibilityWatch {
    private static final int IDS_PER_LOOKUP = 100;
    private static final int PARALLEL_LOOKUPS = 2;
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final PlatformApi api;
    private final URI stationApi;
    private final List<SimulatedCharger<?, ?>> chargers;
    private final long start;
    private final Set<String> visible = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastLookedUp = new HashMap<>();
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
            long now = System.nanoTime();
            for (SimulatedCharger<?, ?> charger : chargers) {
                Long last = lastLookedUp.get(charger.id());
                if (!visible.contains(charger.id())
                        && charger.state() == SimulatedCharger.State.ACCEPTED
                        && (last == null || now - last >= RECHECK_NANOS)) {
                    due.add(charger.id());
                    lastLookedUp.put(charger.id(), now);
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
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IDS_PER_LOOKUP) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + IDS_PER_LOOKUP)));
        }
        for (int i = 0; i < chunks.size(); i += PARALLEL_LOOKUPS) {
            CompletableFuture.allOf(chunks.subList(i, Math.min(chunks.size(), i + PARALLEL_LOOKUPS)).stream()
                            .map(chunk -> api.visibleAmong(stationApi, chunk).thenAccept(this::seen))
                            .toArray(CompletableFuture[]::new))
                    .join();
        }
    }

    private void seen(Set<String> found) {
        long now = System.nanoTime();
        boolean anyNew = false;
        for (String id : found) {
            anyNew |= visible.add(id);
        }
        if (anyNew) {
            lastVisibleNanos.accumulateAndGet(now, Math::max);
        }
    }
}
