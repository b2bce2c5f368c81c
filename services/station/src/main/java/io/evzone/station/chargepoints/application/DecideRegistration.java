package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.shared.domain.DomainException;
import io.evzone.station.shared.domain.OrganizationScope;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator approves or rejects a charger: its next BootNotification is answered accordingly.
 * Deciding what already stands changes nothing.
 */
@Service
public class DecideRegistration {

    private static final Logger log = LoggerFactory.getLogger(DecideRegistration.class);

    private final ChargePoints chargePoints;
    private final ChargerEvents events;
    private final Clock clock;

    public DecideRegistration(ChargePoints chargePoints, ChargerEvents events, Clock clock) {
        this.chargePoints = chargePoints;
        this.events = events;
        this.clock = clock;
    }

    /** @param decision ACCEPTED (approve) or REJECTED */
    @Transactional
    public ChargePoint handle(UUID id, RegistrationStatus decision, OrganizationScope scope) {
        if (decision == RegistrationStatus.PENDING) {
            throw new IllegalArgumentException("a decision is ACCEPTED or REJECTED");
        }
        ChargePoint chargePoint =
                chargePoints.byId(id, scope).orElseThrow(() -> DomainException.notFound("Charge point", id));
        if (chargePoint.registration() == decision) {
            return chargePoint;
        }
        Instant now = clock.instant();
        ChargePoint decided =
                decision == RegistrationStatus.ACCEPTED ? chargePoint.approve(now) : chargePoint.reject(now);
        chargePoints.update(decided);
        events.registered(decided, now);
        log.info("Charger {} {}", decided.ocppId(), decision == RegistrationStatus.ACCEPTED ? "approved" : "rejected");
        return decided;
    }
}
