package io.evzone.session.charging.domain;

import io.evzone.contracts.charger.AuthorizationStatus;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.TransactionEventKind;
import io.evzone.contracts.charger.TransactionReported;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One charging transaction as the CSMS knows it, built from the charger's transaction messages in
 * whatever order and however often they arrive. Applying a message is idempotent: a resent one
 * (same 2.0.1 seqNo, or a second 1.6 start or stop) changes nothing.
 */
public final class ChargingSession {

    public static final String REBOOT_REASON = "charger rebooted without stopping the transaction";
    /** 1.6 messages carry no seqNo; these markers record that the start and the stop were applied. */
    static final int V16_START = -1;

    static final int V16_STOP = -2;

    private final UUID id;
    private final String chargePointId;
    private final OcppVersion ocppVersion;
    private final String startKey;
    private final Set<Integer> seenSeqNos;
    private final Instant openedAt;
    private final List<SessionEvent> events = new ArrayList<>();
    private String organizationId;
    private String stationId;
    private int evseId;
    private int connectorId;
    private String transactionId;
    private String idTag;
    private String userId;
    private AuthorizationStatus authorization;
    private SessionStatus status;
    private Instant startedAt;
    private Instant stoppedAt;
    private Long meterStartWh;
    private Long meterStopWh;
    private MeterReadings readings;
    private long energyWh;
    private String stopReason;
    private boolean closedByCsms;
    private Instant lastUpdatePublishedAt;

    private ChargingSession(SessionState s) {
        id = s.id();
        chargePointId = s.chargePointId();
        ocppVersion = s.ocppVersion();
        startKey = s.startKey();
        seenSeqNos = new HashSet<>(s.seenSeqNos());
        openedAt = Objects.requireNonNull(s.openedAt(), "openedAt");
        organizationId = s.organizationId();
        stationId = s.stationId();
        evseId = s.evseId();
        connectorId = s.connectorId();
        transactionId = s.transactionId();
        idTag = s.idTag();
        userId = s.userId();
        authorization = s.authorization();
        status = s.status();
        startedAt = s.startedAt();
        stoppedAt = s.stoppedAt();
        meterStartWh = s.meterStartWh();
        meterStopWh = s.meterStopWh();
        readings = s.readings();
        energyWh = s.energyWh();
        stopReason = s.stopReason();
        closedByCsms = s.closedByCsms();
        lastUpdatePublishedAt = s.lastUpdatePublishedAt();
    }

    public static ChargingSession restore(SessionState state) {
        return new ChargingSession(state);
    }

    /**
     * A session first learned of through {@code message}, whatever its kind: a 1.6 StopTransaction
     * for an unknown transaction id becomes a FAILED session that keeps its energy; a 2.0.1
     * Ended or Updated that overtook its Started opens the session, which later messages complete.
     *
     * @param openedAt now, by the CSMS's clock
     */
    public static ChargingSession open(
            UUID id,
            TransactionReported message,
            String transactionId,
            ChargerOwner charger,
            TokenOwner token,
            Instant openedAt) {
        Objects.requireNonNull(transactionId, "transactionId");
        var session = new ChargingSession(new SessionState(
                id,
                message.ocppId(),
                charger.organizationId(),
                charger.stationId(),
                message.ocppVersion(),
                message.evseId(),
                message.connectorId(),
                transactionId,
                startKeyOf(message),
                null,
                null,
                null,
                SessionStatus.ACTIVE,
                message.kind() == TransactionEventKind.ENDED ? null : message.timestamp(),
                null,
                null,
                null,
                MeterReadings.none(),
                0,
                null,
                false,
                Set.of(),
                null,
                openedAt));
        session.events.add(new SessionEvent.Started());
        session.apply(message, token);
        if (message.ocppVersion() == OcppVersion.V16 && message.kind() == TransactionEventKind.ENDED) {
            session.status = SessionStatus.FAILED;
        }
        return session;
    }

    /**
     * What identifies a 1.6 StartTransaction when the charger sends it again because the answer was
     * lost: connector, idTag, timestamp and meterStart (OCPP 1.6 §4.8 allows no other duplicate test).
     */
    public static String startKeyOf(TransactionReported m) {
        if (m.ocppVersion() != OcppVersion.V16 || m.kind() != TransactionEventKind.STARTED) {
            return null;
        }
        String tag = m.idToken() == null ? "" : m.idToken().value().toUpperCase(java.util.Locale.ROOT);
        return m.connectorId() + "|" + tag + "|" + m.timestamp() + "|" + m.meterWh();
    }

    /**
     * Applies one transaction message.
     *
     * @return false when the message had been applied before (a resend) and changed nothing
     */
    public boolean apply(TransactionReported m, TokenOwner token) {
        Integer marker = markerOf(m);
        if (marker != null && !seenSeqNos.add(marker)) {
            return false;
        }
        long energyBefore = energyWh;
        Instant startBefore = startedAt;
        learnToken(m, token);
        record(m.samples() == null ? List.of() : m.samples());
        switch (m.kind()) {
            case STARTED -> learnStart(m);
            case UPDATED -> learnProgress(m);
            case ENDED -> end(m);
        }
        boolean endedBefore = m.kind() != TransactionEventKind.ENDED && status != SessionStatus.ACTIVE;
        if (endedBefore && (energyWh != energyBefore || !Objects.equals(startedAt, startBefore))) {
            // OCPP 2.0.1 E: messages may arrive out of order; a late Started completes an ended session.
            events.add(new SessionEvent.Stopped(true));
        }
        return true;
    }

    /** Adds sampled values to the readings. */
    public void record(List<io.evzone.contracts.charger.MeterSample> samples) {
        MeterReadings before = readings;
        readings = readings.with(samples);
        if (!readings.equals(before)) {
            recomputeEnergy();
            events.add(new SessionEvent.Metered());
        }
    }

    /**
     * The charger booted while this session was active: a charger that reboots ends its
     * transactions (OCPP 2.0.1 E, 1.6 §4.2), so the session is closed now with the energy measured
     * so far; a StopTransaction or Ended the charger sends later corrects it.
     *
     * <p>Whether the transaction is older than the boot is never judged by the charger's clock, which
     * may run ahead or behind (the CSMS gives it the time in the boot answer to correct it). A 2.0.1
     * session is opened only by the charger's own events, applied in the order it sent them, so one
     * still active when its boot is applied began before it. A 1.6 session is opened when its
     * StartTransaction is answered, which is not ordered with the charger's events: it began before
     * the boot only if the CSMS opened it before the boot was answered.
     *
     * @param bootedAt when the gateway answered the boot, by the CSMS's clock
     * @return whether the session was closed
     */
    public boolean closeForReboot(Instant bootedAt) {
        boolean openedAfterTheBoot = ocppVersion == OcppVersion.V16 && !openedAt.isBefore(bootedAt);
        if (status != SessionStatus.ACTIVE || openedAfterTheBoot) {
            return false;
        }
        status = SessionStatus.COMPLETED;
        stoppedAt = bootedAt;
        stopReason = REBOOT_REASON;
        closedByCsms = true;
        events.add(new SessionEvent.Stopped(false));
        return true;
    }

    /** The charger's id for this transaction is another: the gateway allocated it when the CSMS's answer was late. */
    public void adoptTransactionId(String chargerTransactionId) {
        transactionId = Objects.requireNonNull(chargerTransactionId);
    }

    public void ownedBy(ChargerOwner charger) {
        if (organizationId == null) {
            organizationId = charger.organizationId();
        }
        if (stationId == null) {
            stationId = charger.stationId();
        }
    }

    /** Whether a progress event is due: active, and none published within {@code interval}. */
    public boolean updateDue(Instant now, Duration interval) {
        return status == SessionStatus.ACTIVE
                && (lastUpdatePublishedAt == null || !now.isBefore(lastUpdatePublishedAt.plus(interval)));
    }

    public void updatePublished(Instant now) {
        lastUpdatePublishedAt = now;
    }

    /** The events raised since the last call. */
    public List<SessionEvent> pullEvents() {
        List<SessionEvent> raised = List.copyOf(events);
        events.clear();
        return raised;
    }

    public SessionState state() {
        return new SessionState(
                id,
                chargePointId,
                organizationId,
                stationId,
                ocppVersion,
                evseId,
                connectorId,
                transactionId,
                startKey,
                idTag,
                userId,
                authorization,
                status,
                startedAt,
                stoppedAt,
                meterStartWh,
                meterStopWh,
                readings,
                energyWh,
                stopReason,
                closedByCsms,
                seenSeqNos,
                lastUpdatePublishedAt,
                openedAt);
    }

    public UUID id() {
        return id;
    }

    public SessionStatus status() {
        return status;
    }

    private static Integer markerOf(TransactionReported m) {
        if (m.seqNo() != null) {
            return m.seqNo();
        }
        return switch (m.kind()) {
            case STARTED -> V16_START;
            case ENDED -> V16_STOP;
            case UPDATED -> null;
        };
    }

    private void learnToken(TransactionReported m, TokenOwner token) {
        if (idTag == null && m.idToken() != null && m.kind() != TransactionEventKind.ENDED) {
            idTag = m.idToken().value();
            userId = token.userId();
            authorization = token.authorization();
        } else if (idTag == null && m.idToken() != null && m.kind() == TransactionEventKind.ENDED) {
            // A stop that is all we know: the token that ended it is the best owner we have.
            idTag = m.idToken().value();
            userId = token.userId();
        }
    }

    private void learnStart(TransactionReported m) {
        startedAt = m.timestamp();
        evseId = m.evseId();
        connectorId = m.connectorId();
        if (m.meterWh() != null) {
            meterStartWh = m.meterWh();
        }
        if (status == SessionStatus.FAILED) {
            status = SessionStatus.COMPLETED;
        }
        recomputeEnergy();
    }

    private void learnProgress(TransactionReported m) {
        if (startedAt == null || (m.timestamp() != null && m.timestamp().isBefore(startedAt))) {
            startedAt = m.timestamp();
        }
        if (m.meterWh() != null && m.timestamp() != null) {
            readings = readings.withRegister(m.meterWh(), m.timestamp());
            recomputeEnergy();
        }
    }

    private void end(TransactionReported m) {
        boolean correction = status != SessionStatus.ACTIVE;
        stoppedAt = m.timestamp();
        if (m.meterWh() != null) {
            meterStopWh = m.meterWh();
        }
        stopReason = m.stoppedReason();
        closedByCsms = false;
        if (status == SessionStatus.ACTIVE) {
            status = SessionStatus.COMPLETED;
        }
        if (startedAt == null) {
            startedAt = readings.firstRegisterAt() != null ? readings.firstRegisterAt() : m.timestamp();
        }
        recomputeEnergy();
        events.add(new SessionEvent.Stopped(correction));
    }

    private void recomputeEnergy() {
        Long from = meterStartWh != null ? meterStartWh : readings.firstRegisterWh();
        Long to = meterStopWh != null ? meterStopWh : readings.lastRegisterWh();
        energyWh = from == null || to == null ? 0 : Math.max(0, to - from);
    }
}
