package io.evzone.station.chargepoints.application;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.contracts.station.ChargePointProvisioned;
import io.evzone.contracts.station.ChargePointStationChanged;
import io.evzone.contracts.station.ChargerPasswordRotated;
import io.evzone.contracts.station.ChargerWentOffline;
import io.evzone.contracts.station.ChargerWentOnline;
import io.evzone.contracts.station.ConnectorFaulted;
import io.evzone.contracts.station.ConnectorStatusChanged;
import io.evzone.contracts.station.UnknownChargerPolicyChanged;
import io.evzone.platform.outbox.Outbox;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.Connector;
import io.evzone.station.chargepoints.domain.PendingPassword;
import io.evzone.station.chargepoints.domain.PendingPasswords;
import io.evzone.station.chargepoints.domain.UnknownChargerPolicy;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What the station service tells the platform about chargers, through the outbox: events on
 * {@code station.events.v1} and answers on {@code ocpp.replies.v1}, all keyed by the OCPP identity.
 * Must be called inside the transaction that makes the change.
 */
@Component
public class ChargerEvents {

    private final Outbox outbox;
    private final ChargerProperties properties;
    private final PendingPasswords pendingPasswords;

    public ChargerEvents(Outbox outbox, ChargerProperties properties, PendingPasswords pendingPasswords) {
        this.outbox = outbox;
        this.properties = properties;
        this.pendingPasswords = pendingPasswords;
    }

    public void answerBoot(ChargerQuestion.BootQuestion question, RegistrationStatus status, int intervalSeconds) {
        outbox.append(
                Topics.OCPP_REPLIES,
                question.ocppId(),
                new ChargerAnswer.BootReply(
                        question.questionId(),
                        question.ocppId(),
                        question.replyTo(),
                        new ChargerAnswer.BootAnswer(status, intervalSeconds)));
    }

    /** The unknown-charger policy in force, for the gateway to answer new chargers' boots itself. */
    public void unknownChargerPolicy(UnknownChargerPolicy policy, Instant at) {
        outbox.append(
                Topics.STATION_EVENTS,
                UnknownChargerPolicyChanged.KEY,
                new UnknownChargerPolicyChanged(
                        policy.registrationOfNewRecord().orElse(null),
                        properties.intervalFor(RegistrationStatus.ACCEPTED),
                        at));
    }

    /**
     * The gateway's view of the charger changed (created, provisioned, approved, credentials rotated...), with the
     * password under rotation if there is one, so that no change of another kind drops it.
     */
    public void registered(ChargePoint cp, Instant at) {
        String pending = cp.passwordHash() == null
                ? null
                : pendingPasswords
                        .of(cp.id())
                        .map(PendingPassword::passwordHash)
                        .orElse(null);
        outbox.append(
                Topics.STATION_EVENTS,
                cp.ocppId(),
                new ChargerRegistered(
                        cp.ocppId(),
                        cp.organizationId(),
                        cp.ocppVersion(),
                        cp.securityProfile(),
                        cp.passwordHash(),
                        cp.registration(),
                        false,
                        at,
                        properties.intervalFor(cp.registration()),
                        pending));
    }

    /** The charger connected with its new password, and the old one was retired. */
    public void passwordRotated(ChargePoint cp, PendingPassword rotation, Instant at) {
        outbox.append(
                Topics.STATION_EVENTS,
                cp.ocppId(),
                new ChargerPasswordRotated(
                        cp.id().toString(), cp.ocppId(), cp.organizationId(), rotation.requestedAt(), at));
    }

    public void deleted(ChargePoint cp, Instant at) {
        outbox.append(
                Topics.STATION_EVENTS,
                cp.ocppId(),
                new ChargerRegistered(
                        cp.ocppId(),
                        cp.organizationId(),
                        cp.ocppVersion(),
                        cp.securityProfile(),
                        null,
                        cp.registration(),
                        true,
                        at));
    }

    public void provisioned(ChargePoint cp) {
        outbox.append(
                Topics.STATION_EVENTS,
                cp.ocppId(),
                new ChargePointProvisioned(
                        cp.id().toString(),
                        cp.ocppId(),
                        cp.organizationId(),
                        id(cp.stationId()),
                        cp.hardware().vendor(),
                        cp.hardware().model(),
                        cp.hardware().serialNumber(),
                        cp.hardware().firmwareVersion(),
                        cp.ocppVersion(),
                        cp.registration(),
                        cp.provisionedBy().name(),
                        cp.createdAt()));
    }

    /** The charge point was placed at a station, moved, or taken off its station. */
    public void stationChanged(ChargePoint before, ChargePoint after, Instant at) {
        outbox.append(
                Topics.STATION_EVENTS,
                after.ocppId(),
                new ChargePointStationChanged(
                        after.id().toString(),
                        after.ocppId(),
                        after.organizationId(),
                        id(after.stationId()),
                        id(before.stationId()),
                        at));
    }

    public void wentOnline(ChargePoint cp, Instant at) {
        outbox.append(
                Topics.STATION_EVENTS,
                cp.ocppId(),
                new ChargerWentOnline(cp.id().toString(), cp.ocppId(), cp.organizationId(), id(cp.stationId()), at));
    }

    public void wentOffline(ChargePoint cp, String reason, Instant at) {
        outbox.append(
                Topics.STATION_EVENTS,
                cp.ocppId(),
                new ChargerWentOffline(
                        cp.id().toString(), cp.ocppId(), cp.organizationId(), id(cp.stationId()), reason, at));
    }

    public void statusChanged(ChargePoint cp, Connector.Reported reported) {
        Connector c = reported.connector();
        outbox.append(
                Topics.STATION_EVENTS,
                cp.ocppId(),
                new ConnectorStatusChanged(
                        cp.id().toString(),
                        cp.ocppId(),
                        cp.organizationId(),
                        id(cp.stationId()),
                        c.id().toString(),
                        c.evseId(),
                        c.connectorId(),
                        reported.previous(),
                        c.status(),
                        c.errorCode(),
                        c.vendorErrorCode(),
                        c.statusChangedAt()));
    }

    public void faulted(ChargePoint cp, Connector c) {
        outbox.append(
                Topics.STATION_EVENTS,
                cp.ocppId(),
                new ConnectorFaulted(
                        cp.id().toString(),
                        cp.ocppId(),
                        cp.organizationId(),
                        id(cp.stationId()),
                        c.id().toString(),
                        c.evseId(),
                        c.connectorId(),
                        c.errorCode(),
                        c.vendorErrorCode(),
                        c.info(),
                        c.statusChangedAt()));
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
