package io.evzone.station.reports.domain;

import java.util.Optional;

/** The histories a charger's reports are kept in, by the OCPP action they came from. */
public enum ReportKind {
    /** SecurityEventNotification, and the gateway's reports of charger certificates it signed and delivered. */
    SECURITY,
    /** FirmwareStatusNotification, 1.6 SignedFirmwareStatusNotification, 2.0.1 PublishFirmwareStatusNotification. */
    FIRMWARE,
    /** 1.6 DiagnosticsStatusNotification and LogStatusNotification (both versions): uploads of diagnostics and logs. */
    DIAGNOSTICS,
    /** 2.0.1 NotifyEvent. */
    EVENT;

    public static Optional<ReportKind> ofAction(String action) {
        return Optional.ofNullable(
                switch (action == null ? "" : action) {
                    case "SecurityEventNotification", "SignCertificate", "CertificateSigned" -> SECURITY;
                    case "FirmwareStatusNotification",
                            "SignedFirmwareStatusNotification",
                            "PublishFirmwareStatusNotification" -> FIRMWARE;
                    case "DiagnosticsStatusNotification", "LogStatusNotification" -> DIAGNOSTICS;
                    case "NotifyEvent" -> EVENT;
                    default -> null;
                });
    }
}
