package io.evzone.simulator.charger;

/** What chargers report to whoever counts: the simulator's statistics, or a test. Must be thread-safe. */
public interface ChargerEvents {

    void connected();

    void disconnected();

    void connectFailed(String chargerId, Throwable cause);

    void booted();

    void unbooted();

    void sessionStarted();

    void sessionEnded();

    void frameSent();

    void frameReceived();

    /** A CALL of ours was answered after {@code nanos}. */
    void callAnswered(String action, long nanos);

    /** Something went wrong that a well-behaved run does not see (CALLERROR, timeout, bad frame, lost link). */
    void error(String chargerId, String what);

    /**
     * A meter value was taken during a transaction: the register and the transaction's start value (the benchmark
     * follows a few of them to the session API).
     */
    default void meterSampled(String chargerId, long registerWh, long meterStartWh) {}

    /** Ignores everything. */
    ChargerEvents NONE = new ChargerEvents() {
        @Override
        public void connected() {}

        @Override
        public void disconnected() {}

        @Override
        public void connectFailed(String chargerId, Throwable cause) {}

        @Override
        public void booted() {}

        @Override
        public void unbooted() {}

        @Override
        public void sessionStarted() {}

        @Override
        public void sessionEnded() {}

        @Override
        public void frameSent() {}

        @Override
        public void frameReceived() {}

        @Override
        public void callAnswered(String action, long nanos) {}

        @Override
        public void error(String chargerId, String what) {}
    };
}
