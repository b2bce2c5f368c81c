package io.evzone.session.charging.application;

/**
 * Totals over the sessions a caller may see.
 *
 * @param averageDurationSeconds over ended sessions with both times known
 * @param currentPowerW the sum of the latest power of active sessions
 */
public record SessionStats(
        long totalSessions,
        long activeSessions,
        long completedSessions,
        long failedSessions,
        long totalEnergyWh,
        long averageEnergyWh,
        long averageDurationSeconds,
        long currentPowerW) {}
