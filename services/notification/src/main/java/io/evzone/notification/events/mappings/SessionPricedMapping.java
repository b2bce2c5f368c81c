package io.evzone.notification.events.mappings;

import io.evzone.contracts.billing.SessionPriced;
import io.evzone.notification.events.domain.Intent;
import io.evzone.notification.preferences.domain.Category;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The driver hears what a finished session cost, with its energy, once billing priced it. Corrections (versions
 * after the first) change the receipt, which tells them; they send nothing here.
 */
@Component
class SessionPricedMapping extends Mapping<SessionPriced> {

    SessionPricedMapping() {
        super(SessionPriced.class);
    }

    @Override
    public List<Intent> intents(SessionPriced event) {
        if (event.userId() == null || event.version() != 1) {
            return List.of();
        }
        return List.of(Intent.toUser(
                event.userId(),
                "session.cost",
                Category.CHARGING,
                Map.of(
                        "sessionId", event.sessionId(),
                        "ocppId", event.ocppId(),
                        "energyKwh", Formats.kilowattHours(event.energyWh()),
                        "cost", Formats.money(event.totalInclVat(), event.currency()))));
    }
}
