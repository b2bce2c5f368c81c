package io.evzone.simulator.run;

import io.evzone.simulator.charger.ChargerEvents;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts what all chargers report; lock-free on the hot paths. */
public final class SimulatorStats implements ChargerEvents {
    private static final Logger log = LoggerFactory.getLogger(SimulatorStats.class);
    private static final int LOGGED_ERRORS = 20;

    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger peakConnected = new AtomicInteger();
    private final AtomicInteger booted = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();
    private final LongAdder sessionsStarted = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder received = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder connectFailures = new LongAdder();
    private final Map<String, Recorder> latencies = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> answered = new ConcurrentHashMap<>();
    private final ArrayDeque<String> recentErrors = new ArrayDeque<>();
    private volatile MeterListener meterListener;

    /** Hears about meter values as they are taken. */
    @FunctionalInterface
    public interface MeterListener {
        void sampled(String chargerId, long registerWh, long meterStartWh);
    }

    public void meterListener(MeterListener listener) {
        this.meterListener = listener;
    }

    @Override
    public void meterSampled(String chargerId, long registerWh, long meterStartWh) {
        MeterListener listener = meterListener;
        if (listener != null) {
            listener.sampled(chargerId, registerWh, meterStartWh);
        }
    }

    @Override
    public void connected() {
        peakConnected.accumulateAndGet(connected.incrementAndGet(), Math::max);
    }

    @Override
    public void disconnected() {
        connected.decrementAndGet();
    }

    @Override
    public void connectFailed(String chargerId, Throwable cause) {
        connectFailures.increment();
        remember(chargerId + ": connect failed: " + cause);
    }

    @Override
    public void booted() {
        booted.incrementAndGet();
    }

    @Override
    public void unbooted() {
        booted.decrementAndGet();
    }

    @Override
    public void sessionStarted() {
        sessions.incrementAndGet();
        sessionsStarted.increment();
    }

    @Override
    public void sessionEnded() {
        sessions.decrementAndGet();
    }

    @Override
    public void frameSent() {
        sent.increment();
    }

    @Override
    public void frameReceived() {
        received.increment();
    }

    @Override
    public void callAnswered(String action, long nanos) {
        latencies.computeIfAbsent(action, a -> new Recorder(3)).recordValue(Math.max(1, nanos / 1000));
        answered.computeIfAbsent(action, a -> new LongAdder()).increment();
    }

    /** How many of the action's CALLs were answered so far. */
    public long answered(String action) {
        LongAdder count = answered.get(action);
        return count == null ? 0 : count.sum();
    }

    @Override
    public void error(String chargerId, String what) {
        errors.increment();
        remember(chargerId + ": " + what);
    }

    private void remember(String error) {
        int count;
        synchronized (recentErrors) {
            if (recentErrors.size() == LOGGED_ERRORS) {
                recentErrors.pollFirst();
            }
            recentErrors.addLast(error);
            count = (int) Math.min(Integer.MAX_VALUE, errors.sum() + connectFailures.sum());
        }
        if (count <= LOGGED_ERRORS) {
            log.warn("{}", error);
        } else {
            log.debug("{}", error);
        }
    }

    public StatsSnapshot snapshot() {
        return new StatsSnapshot(
                connected.get(),
                booted.get(),
                sessions.get(),
                sessionsStarted.sum(),
                sent.sum(),
                received.sum(),
                errors.sum(),
                connectFailures.sum(),
                peakConnected.get());
    }

    /** The round-trip times (microseconds) of the action's CALLs since the last call of this method. */
    public Histogram takeLatencies(String action) {
        Recorder recorder = latencies.computeIfAbsent(action, a -> new Recorder(3));
        return recorder.getIntervalHistogram();
    }

    /** The last few errors, for the summary. */
    public List<String> recentErrors() {
        synchronized (recentErrors) {
            return List.copyOf(recentErrors);
        }
    }
}
