package io.evzone.gateway.certificate.application;

import io.evzone.contracts.charger.ChargerNotification;
import io.evzone.gateway.bridge.EventBridge;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What became of a charger's certificate, for operators: a {@link ChargerNotification} on the charger
 * events topic (action SignCertificate or CertificateSigned, status Accepted or Rejected), and a log
 * line; refusals that may be an attack (a request naming another charger) are logged as security events.
 */
@Component
class SecurityEvents {

    private static final Logger log = LoggerFactory.getLogger(SecurityEvents.class);

    private final EventBridge events;

    SecurityEvents(EventBridge events) {
        this.events = events;
    }

    void accepted(String chargePointId, String action, Map<String, String> details) {
        log.info("{} {} accepted: {}", chargePointId, action, details);
        events.chargerEvent(
                chargePointId, new ChargerNotification(chargePointId, action, "Accepted", details, Instant.now()));
    }

    void rejected(String chargePointId, String action, String reason, boolean suspicious) {
        if (suspicious) {
            log.warn("Security event: {} {} rejected: {}", chargePointId, action, reason);
        } else {
            log.info("{} {} rejected: {}", chargePointId, action, reason);
        }
        events.chargerEvent(
                chargePointId,
                new ChargerNotification(
                        chargePointId,
                        action,
                        "Rejected",
                        Map.of("reason", reason, "securityEvent", String.valueOf(suspicious)),
                        Instant.now()));
    }
}
