package io.evzone.gateway.certificate.application;

import io.evzone.contracts.charger.command.CertificateSigned;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.gateway.rpc.InvalidCommandException;
import io.evzone.gateway.rpc.OcppCommand;
import io.evzone.gateway.rpc.Translation;
import io.evzone.ocpp.rpc.CallOutcome;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Sends a signed certificate to the charger that asked for it: a CertificateSigned CALL (1.6 Security
 * Whitepaper, 2.0.1 A02) over the connection's own outbound calls, and reports the charger's answer.
 */
@Component
class CertificateDelivery {

    private final SecurityEvents securityEvents;

    CertificateDelivery(SecurityEvents securityEvents) {
        this.securityEvents = securityEvents;
    }

    /** Only charging station certificates are signed here, so the chain is never a V2G one. */
    void deliver(ChargerSession session, String chain, String serialNumber) {
        String id = session.chargePointId();
        OcppCommand command;
        try {
            if (!(session.dialect().translate(new CertificateSigned(chain, false)) instanceof Translation.Send send)) {
                securityEvents.rejected(id, "CertificateSigned", "not sent: not in this OCPP version", false);
                return;
            }
            command = send.call();
        } catch (InvalidCommandException | IllegalArgumentException e) {
            securityEvents.rejected(id, "CertificateSigned", "not sent: " + e.getMessage(), false);
            return;
        }
        session.call(command, () -> {}).thenAccept(outcome -> {
            String status = outcome instanceof CallOutcome.Answered answered
                    ? text(answered.payload().get("status"))
                    : outcome.getClass().getSimpleName();
            if ("Accepted".equals(status)) {
                securityEvents.accepted(id, "CertificateSigned", Map.of("serialNumber", serialNumber));
            } else {
                // 2.0.1 A02.FR.20: a charger that rejects the certificate also reports
                // InvalidChargingStationCertificate.
                securityEvents.rejected(
                        id, "CertificateSigned", "the charger answered " + status + " for " + serialNumber, true);
            }
        });
    }

    private static String text(JsonNode node) {
        return node == null ? "no status" : node.asString();
    }
}
