package io.evzone.notification.events.mappings;

import io.evzone.contracts.session.SessionStarted;
import io.evzone.notification.events.domain.EventMapping;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The driver hears that charging started. */
@Component
class SessionStartedMapping implements EventMapping<SessionStarted> {

    @Override
    public String eventType() {
        return "SessionStarted";
    }

    @Override
    public Class<SessionStarted> payloadType() {
        return SessionStarted.class;
    }

    @Override
    public List<Intent> intents(SessionStarted event) {
        if (event.userId() == null) {
            return List.of();
        }
        return List.of(Intent.toUser(
                event.userId(),
                "session.started",
                Category.CHARGING,
                Map.of(
                        "sessionId", event.sessionId(),
                        "ocppId", event.ocppId(),
                        "startedAt", String.valueOf(event.startedAt()))));
    }
}
