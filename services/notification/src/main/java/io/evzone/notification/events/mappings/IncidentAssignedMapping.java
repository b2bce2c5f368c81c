package io.evzone.notification.events.mappings;

import io.evzone.contracts.maintenance.IncidentAssigned;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The technician hears an incident is now theirs, with its severity and deadline. */
@Component
class IncidentAssignedMapping extends Mapping<IncidentAssigned> {

    IncidentAssignedMapping() {
        super(IncidentAssigned.class);
    }

    @Override
    public List<Intent> intents(IncidentAssigned event) {
        return List.of(Intent.toUser(
                event.technicianId(),
                "maintenance.incident-assigned",
                Category.MAINTENANCE,
                Map.of(
                        "incidentId", event.incidentId(),
                        "title", event.title(),
                        "severity", event.severity(),
                        "place", Incidents.place(event.stationName(), event.ocppId()),
                        "resolveBy", String.valueOf(event.resolveBy()))));
    }
}
