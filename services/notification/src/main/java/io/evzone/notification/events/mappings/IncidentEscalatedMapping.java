package io.evzone.notification.events.mappings;

import io.evzone.contracts.maintenance.IncidentEscalated;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The people an incident was escalated to hear of it; an escalation to nobody in particular reaches the members. */
@Component
class IncidentEscalatedMapping extends Mapping<IncidentEscalated> {

    IncidentEscalatedMapping() {
        super(IncidentEscalated.class);
    }

    @Override
    public List<Intent> intents(IncidentEscalated event) {
        Map<String, String> data = Map.of(
                "incidentId", event.incidentId(),
                "title", event.title(),
                "severity", event.severity(),
                "place", Incidents.place(event.stationName(), null),
                "level", String.valueOf(event.level()),
                "reason", String.valueOf(event.reason()));
        Intent intent = event.escalatedTo().isEmpty()
                ? Intent.toMembersOf(
                        event.organizationId(), "maintenance.incident-escalated", Category.MAINTENANCE, data)
                : new Intent(event.escalatedTo(), null, "maintenance.incident-escalated", Category.MAINTENANCE, data);
        return List.of(intent);
    }
}
