package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.command.SetChargerPassword;
import io.evzone.platform.commands.IssueCommand;
import io.evzone.platform.commands.IssuedCommand;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Credentials;
import io.evzone.station.chargepoints.domain.PendingPassword;
import io.evzone.station.chargepoints.domain.PendingPasswords;
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
 * Issues a charger new OCPP credentials. A charger that keeps its Basic-auth profile (1 or 2) is sent the new password
 * first ({@link SetChargerPassword}) and keeps the old one until it connects with the new ({@link SettleRotation}), so
 * it is never locked out. Another security profile, or a first password, takes effect at once: the charger has to be
 * set up with it by hand.
 */
@Service
public class RotateCredentials {

    private static final Logger log = LoggerFactory.getLogger(RotateCredentials.class);

    private final ChargePoints chargePoints;
    private final PendingPasswords pendingPasswords;
    private final IssueCommand issue;
    private final ChargerEvents events;
    private final ChargerProperties properties;
    private final Clock clock;

    public RotateCredentials(
            ChargePoints chargePoints,
            PendingPasswords pendingPasswords,
            IssueCommand issue,
            ChargerEvents events,
            ChargerProperties properties,
            Clock clock) {
        this.chargePoints = chargePoints;
        this.pendingPasswords = pendingPasswords;
        this.issue = issue;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** @param command the command that sends the password to the charger; null when the credentials took effect */
    public record Rotated(ChargePoint chargePoint, Credentials.Issued credentials, IssuedCommand command) {}

    /** @param authProfile null keeps the current profile (profile 0 becomes the configured default) */
    @Transactional
    public Rotated handle(UUID id, Integer authProfile, OrganizationScope scope, String requestedBy) {
        ChargePoint chargePoint =
                chargePoints.byId(id, scope).orElseThrow(() -> DomainException.notFound("Charge point", id));
        int current = chargePoint.securityProfile();
        int profile = authProfile != null ? authProfile : current >= 1 ? current : properties.defaultAuthProfile();
        Credentials.Issued issued = Credentials.issue(profile);
        Instant now = clock.instant();
        if (profile == current && issued.password() != null && chargePoint.passwordHash() != null) {
            return sendToCharger(chargePoint, issued, requestedBy, now);
        }
        pendingPasswords.remove(chargePoint.id());
        ChargePoint rotated = chargePoint.withCredentials(issued.credentials(), now);
        chargePoints.update(rotated);
        events.registered(rotated, now);
        log.info("Replaced the credentials of charger {} (security profile {})", rotated.ocppId(), profile);
        return new Rotated(rotated, issued, null);
    }

    private Rotated sendToCharger(ChargePoint chargePoint, Credentials.Issued issued, String requestedBy, Instant now) {
        IssuedCommand command = issue.handle(new IssueCommand.Request(
                chargePoint.ocppId(),
                chargePoint.organizationId(),
                chargePoint.id().toString(),
                new SetChargerPassword(issued.password()),
                requestedBy));
        pendingPasswords.save(
                new PendingPassword(chargePoint.id(), issued.credentials().passwordHash(), command.id(), now));
        events.registered(chargePoint, now);
        log.info(
                "Sent charger {} a new password (command {}); the old one stays valid",
                chargePoint.ocppId(),
                command.id());
        return new Rotated(chargePoint, issued, command);
    }
}
