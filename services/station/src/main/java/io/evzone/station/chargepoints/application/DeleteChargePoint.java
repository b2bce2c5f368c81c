package io.evzone.station.chargepoints.application;

import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An operator removes a charger with its connectors and their history; the gateway drops it. */
@Service
public class DeleteChargePoint {

    private static final Logger log = LoggerFactory.getLogger(DeleteChargePoint.class);

    private final ChargePoints chargePoints;
    private final ChargerEvents events;
    private final Clock clock;

    public DeleteChargePoint(ChargePoints chargePoints, ChargerEvents events, Clock clock) {
        this.chargePoints = chargePoints;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(UUID id, OrganizationScope scope) {
        ChargePoint chargePoint =
                chargePoints.byId(id, scope).orElseThrow(() -> DomainException.notFound("Charge point", id));
        chargePoints.delete(chargePoint);
        events.deleted(chargePoint, clock.instant());
        log.info("Deleted charger {}", chargePoint.ocppId());
    }
}
