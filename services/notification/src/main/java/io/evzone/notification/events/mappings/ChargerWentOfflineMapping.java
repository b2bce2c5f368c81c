package io.evzone.notification.events.mappings;

import io.evzone.contracts.station.ChargerWentOffline;
import io.evzone.notification.events.domain.EventMapping;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The operator's organization hears that one of its chargers went offline. */
@Component
class ChargerWentOfflineMapping implements EventMapping<ChargerWentOffline> {

    @Override
    public String eventType() {
        return "ChargerWentOffline";
    }

    @Override
    public Class<ChargerWentOffline> payloadType() {
        return ChargerWentOffline.class;
    }

    @Override
    public List<Intent> intents(ChargerWentOffline event) {
        if (event.organizationId() == null) {
            return List.of();
        }
        return List.of(Intent.toMembersOf(
                event.organizationId(),
                "station.charger-offline",
                Category.OPERATIONS,
                Map.of(
                        "chargePointId", event.chargePointId(),
                        "ocppId", event.ocppId(),
                        "reason", String.valueOf(event.reason()),
                        "at", String.valueOf(event.at()))));
    }
}
