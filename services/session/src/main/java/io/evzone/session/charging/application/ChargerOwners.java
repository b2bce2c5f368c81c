package io.evzone.session.charging.application;

import io.evzone.session.chargers.application.Chargers;
import io.evzone.session.charging.domain.ChargerOwner;
import org.springframework.stereotype.Component;

/** The organization (and station) owning a charge point, from the local projection. */
@Component
class ChargerOwners {

    private final Chargers chargers;

    ChargerOwners(Chargers chargers) {
        this.chargers = chargers;
    }

    ChargerOwner of(String chargePointId) {
        return chargers.find(chargePointId)
                .map(c -> new ChargerOwner(c.organizationId(), c.stationId()))
                .orElse(ChargerOwner.unknown());
    }
}
