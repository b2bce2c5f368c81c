package io.evzone.notification.events.mappings;

import io.evzone.contracts.session.SessionStopped;
import io.evzone.notification.events.domain.EventMapping;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The driver hears that charging ended and with how much energy; an end the charger did not choose normally (power
 * loss, emergency stop, a reset) is told as an interruption. A correction of an earlier stop says nothing new.
 */
@Component
class SessionStoppedMapping implements EventMapping<SessionStopped> {

    /** OCPP 1.6 StopTransaction reasons and 2.0.1 stoppedReasons that mean the session was cut short. */
    static final Set<String> INTERRUPTIONS = Set.of(
            "EmergencyStop",
            "PowerLoss",
            "Reboot",
            "HardReset",
            "SoftReset",
            "GroundFault",
            "OvercurrentFault",
            "PowerQuality",
            "Timeout");

    @Override
    public String eventType() {
        return "SessionStopped";
    }

    @Override
    public Class<SessionStopped> payloadType() {
        return SessionStopped.class;
    }

    @Override
    public List<Intent> intents(SessionStopped event) {
        if (event.userId() == null || event.correction()) {
            return List.of();
        }
        boolean interrupted = "FAILED".equals(event.status()) || INTERRUPTIONS.contains(event.stopReason());
        return List.of(Intent.toUser(
                event.userId(),
                interrupted ? "session.interrupted" : "session.stopped",
                Category.CHARGING,
                Map.of(
                        "sessionId", event.sessionId(),
                        "ocppId", event.ocppId(),
                        "stoppedAt", String.valueOf(event.stoppedAt()),
                        "energyKwh", kilowattHours(event.energyWh()),
                        "reason", String.valueOf(event.stopReason()))));
    }

    static String kilowattHours(long wattHours) {
        return BigDecimal.valueOf(wattHours, 3)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
