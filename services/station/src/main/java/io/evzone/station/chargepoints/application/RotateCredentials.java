package io.evzone.station.chargepoints.application;

import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Credentials;
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
 * Issues a charger new OCPP credentials, optionally with another security profile; the old password
 * stops working as soon as the gateway learns of the change.
 */
@Service
public class RotateCredentials {

    private static final Logger log = LoggerFactory.getLogger(RotateCredentials.class);

    private final ChargePoints chargePoints;
    private final ChargerEvents events;
    private final ChargerProperties properties;
    private final Clock clock;

    public RotateCredentials(
            ChargePoints chargePoints, ChargerEvents events, ChargerProperties properties, Clock clock) {
        this.chargePoints = chargePoints;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public record Rotated(ChargePoint chargePoint, Credentials.Issued credentials) {}

    /** @param authProfile null keeps the current profile (profile 0 becomes the configured default) */
    @Transactional
    public Rotated handle(UUID id, Integer authProfile, OrganizationScope scope) {
        ChargePoint chargePoint =
                chargePoints.byId(id, scope).orElseThrow(() -> DomainException.notFound("Charge point", id));
        int profile = authProfile != null
                ? authProfile
                : chargePoint.securityProfile() >= 1 ? chargePoint.securityProfile() : properties.defaultAuthProfile();
        Credentials.Issued issued = Credentials.issue(profile);
        Instant now = clock.instant();
        ChargePoint rotated = chargePoint.withCredentials(issued.credentials(), now);
        chargePoints.update(rotated);
        events.registered(rotated, now);
        log.info("Rotated the credentials of charger {} (security profile {})", rotated.ocppId(), profile);
        return new Rotated(rotated, issued);
    }
}
