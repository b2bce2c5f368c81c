package io.evzone.simulator.run;

/**
 * Counters of a simulation at one moment.
 *
 * @param connected connections open now
 * @param booted chargers online and accepted now
 * @param activeSessions transactions running now
 * @param sessionsStarted transactions started so far
 * @param messagesSent frames sent so far (CALLs, answers, errors)
 * @param messagesReceived frames received so far
 * @param errors CALLERRORs, timeouts, bad frames and lost connections so far
 * @param connectFailures connection attempts that failed so far
 * @param peakConnected the most connections open at once
 */
public record StatsSnapshot(
        int connected,
        int booted,
        int activeSessions,
        long sessionsStarted,
        long messagesSent,
        long messagesReceived,
        long errors,
        long connectFailures,
        int peakConnected) {

    public long messages() {
        return messagesSent + messagesReceived;
    }
}
