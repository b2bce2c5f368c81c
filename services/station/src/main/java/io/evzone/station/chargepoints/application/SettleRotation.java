package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.CommandStatus;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.SetChargerPassword;
import io.evzone.platform.commands.CommandFinished;
import io.evzone.platform.commands.IssuedCommand;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Credentials;
import io.evzone.station.chargepoints.domain.PendingPassword;
import io.evzone.station.chargepoints.domain.PendingPasswords;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a password rotation ({@link RotateCredentials}): the old password is retired once the charger connected with
 * the new one; the new one is dropped when the charger refused it or could not take it. A command that timed out, or
 * whose connection closed before the answer, may have reached the charger: both passwords stay valid then.
 */
@Service
public class SettleRotation {

    private static final Logger log = LoggerFactory.getLogger(SettleRotation.class);
    private static final String SET_PASSWORD = ChargerCommand.operationOf(SetChargerPassword.class);
    private static final Set<CommandStatus> REFUSED =
            EnumSet.of(CommandStatus.REJECTED, CommandStatus.FAILED, CommandStatus.NOT_SUPPORTED);

    private final ChargePoints chargePoints;
    private final PendingPasswords pendingPasswords;
    private final ChargerEvents events;
    private final Clock clock;

    public SettleRotation(
            ChargePoints chargePoints, PendingPasswords pendingPasswords, ChargerEvents events, Clock clock) {
        this.chargePoints = chargePoints;
        this.pendingPasswords = pendingPasswords;
        this.events = events;
        this.clock = clock;
    }

    /** In the transaction that recorded the command's outcome. */
    @EventListener
    public void on(CommandFinished finished) {
        IssuedCommand command = finished.command();
        if (!SET_PASSWORD.equals(command.operation()) || !REFUSED.contains(command.status())) {
            return;
        }
        UUID chargePointId = UUID.fromString(command.subject());
        pendingPasswords
                .of(chargePointId)
                .filter(pending -> pending.commandId().equals(command.id()))
                .ifPresent(pending -> chargePoints
                        .lockByOcppId(command.ocppId())
                        .ifPresent(chargePoint -> {
                            pendingPasswords.remove(chargePointId);
                            events.registered(chargePoint, clock.instant());
                            log.info(
                                    "Charger {} refused its new password ({}): the old one stays",
                                    command.ocppId(),
                                    command.status());
                        }));
    }

    /** The charger connected with the password whose hash is {@code passwordHash}. */
    @Transactional
    public void confirmed(String ocppId, String passwordHash) {
        chargePoints
                .lockByOcppId(ocppId)
                .ifPresent(chargePoint -> pendingPasswords
                        .of(chargePoint.id())
                        .filter(pending -> pending.confirmedBy(passwordHash))
                        .ifPresent(pending -> retireOld(chargePoint, pending)));
    }

    private void retireOld(ChargePoint chargePoint, PendingPassword pending) {
        Instant now = clock.instant();
        ChargePoint rotated = chargePoint.withCredentials(
                new Credentials(chargePoint.securityProfile(), pending.passwordHash()), now);
        pendingPasswords.remove(chargePoint.id());
        chargePoints.update(rotated);
        events.registered(rotated, now);
        events.passwordRotated(rotated, pending, now);
        log.info("Charger {} connected with its new password: the old one is retired", rotated.ocppId());
    }
}
