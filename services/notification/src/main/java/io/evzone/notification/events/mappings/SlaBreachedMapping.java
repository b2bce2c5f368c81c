package io.evzone.notification.events.mappings;

import io.evzone.contracts.maintenance.SlaBreached;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The organization's members hear that an incident missed its SLA, and so does its technician when they are not a
 * member (a contractor); a technician who is a member hears it once, one delivery per event and recipient.
 */
@Component
class SlaBreachedMapping extends Mapping<SlaBreached> {

    SlaBreachedMapping() {
        super(SlaBreached.class);
    }

    @Override
    public List<Intent> intents(SlaBreached event) {
        Map<String, String> data = Map.of(
                "incidentId", event.incidentId(),
                "title", event.title(),
                "severity", event.severity(),
                "place", Incidents.place(event.stationName(), null),
                "deadline", event.deadline(),
                "dueAt", String.valueOf(event.dueAt()));
        List<Intent> intents = new ArrayList<>();
        intents.add(Intent.toMembersOf(event.organizationId(), "maintenance.sla-breached", Category.MAINTENANCE, data));
        if (event.technicianId() != null) {
            intents.add(Intent.toUser(event.technicianId(), "maintenance.sla-breached", Category.MAINTENANCE, data));
        }
        return intents;
    }
}
