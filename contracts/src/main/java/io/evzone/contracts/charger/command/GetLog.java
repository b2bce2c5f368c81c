package io.evzone.contracts.charger.command;

import java.time.Instant;

/**
 * Upload a log to {@code location} (DIAGNOSTICS: 1.6 GetDiagnostics, 2.0.1 GetLog DiagnosticsLog; SECURITY: GetLog
 * SecurityLog in both, 1.6 through its security extension).
 */
public record GetLog(
        Kind kind,
        Integer requestId,
        String location,
        Instant oldest,
        Instant latest,
        Integer retries,
        Integer retryIntervalSeconds)
        implements ChargerCommand {

    public enum Kind {
        DIAGNOSTICS,
        SECURITY
    }

    public GetLog {
        Fields.required(kind, "kind");
        Fields.required(requestId, "requestId");
        Fields.text(location, "location", 512);
        Fields.atLeast(retries, 0, "retries");
        Fields.atLeast(retryIntervalSeconds, 0, "retryIntervalSeconds");
    }
}
