package io.evzone.session.charging.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.charger.ChargerBooted;
import io.evzone.contracts.charger.MeterSample;
import io.evzone.contracts.charger.MeterValuesReported;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.TransactionEventKind;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.session.charging.domain.ChargingSession;
import io.evzone.session.charging.domain.ChargingSessions;
import io.evzone.session.charging.domain.ChargingSessions.TransactionKey;
import io.evzone.session.metering.application.MeterRow;
import io.evzone.session.metering.application.MeterValues;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a batch of charger events, in their order, in one database transaction: transaction
 * messages become sessions, meter values are stored (in bulk) and move their session's energy, and a
 * boot closes the charger's open sessions. Each charger's sessions are locked for the transaction,
 * so a concurrent TRANSACTION question for the same charger waits instead of racing.
 */
@Service
public class RecordChargerEvents {

    private static final Logger log = LoggerFactory.getLogger(RecordChargerEvents.class);

    private final ChargingSessions sessions;
    private final MeterValues meterValues;
    private final TokenOwners tokenOwners;
    private final ChargerOwners chargerOwners;
    private final SessionEventPublisher publisher;
    private final Clock clock;

    RecordChargerEvents(
            ChargingSessions sessions,
            MeterValues meterValues,
            TokenOwners tokenOwners,
            ChargerOwners chargerOwners,
            SessionEventPublisher publisher,
            Clock clock) {
        this.sessions = sessions;
        this.meterValues = meterValues;
        this.tokenOwners = tokenOwners;
        this.chargerOwners = chargerOwners;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @param events {@link TransactionReported}, {@link MeterValuesReported} or {@link ChargerBooted}
     *     payloads; anything else is ignored
     * @return how many meter values were newly stored
     */
    @Transactional
    public int handle(List<?> events) {
        Instant now = clock.instant();
        sessions.lockChargers(events.stream()
                .map(RecordChargerEvents::chargerOf)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList());
        var work = new SessionUnitOfWork(sessions);
        work.prefetch(events.stream()
                .map(RecordChargerEvents::transactionOf)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<MeterRow> rows = new ArrayList<>();
        for (Object event : events) {
            switch (event) {
                case TransactionReported t -> onTransaction(work, t, rows);
                case MeterValuesReported m -> onMeterValues(work, m, rows);
                case ChargerBooted b -> onBoot(work, b);
                default -> log.debug("Ignoring {}", event.getClass().getSimpleName());
            }
        }
        work.commit(publisher, now);
        return rows.isEmpty() ? 0 : meterValues.store(rows, now);
    }

    private void onTransaction(SessionUnitOfWork work, TransactionReported t, List<MeterRow> rows) {
        if (t.transactionId() == null || t.transactionId().isBlank() || t.kind() == null) {
            log.warn("Transaction message without transaction id from {}: ignored", t.ocppId());
            return;
        }
        Optional<ChargingSession> found = work.byTransaction(t.ocppId(), t.transactionId());
        if (found.isEmpty() && t.ocppVersion() == OcppVersion.V16 && t.kind() == TransactionEventKind.STARTED) {
            // The gateway's fallback: our answer was late, the charger got the gateway's id. Adopt it.
            found = work.byStartKey(t.ocppId(), ChargingSession.startKeyOf(t));
            found.ifPresent(s -> s.adoptTransactionId(t.transactionId()));
        }
        var token = tokenOwners.of(t.idToken());
        ChargingSession session = found.orElseGet(() -> work.add(ChargingSession.open(
                TimeOrderedIds.next(), t, t.transactionId(), chargerOwners.of(t.ocppId()), token, clock.instant())));
        if (found.isPresent() && !session.apply(t, token)) {
            log.debug("Resent {} of transaction {} on {}: already applied", t.kind(), t.transactionId(), t.ocppId());
        }
        addRows(rows, t.ocppId(), t.evseId(), t.connectorId(), session.id(), t.transactionId(), t.samples());
    }

    private void onMeterValues(SessionUnitOfWork work, MeterValuesReported m, List<MeterRow> rows) {
        Optional<ChargingSession> session = m.transactionId() != null
                ? work.byTransaction(m.ocppId(), m.transactionId())
                : work.activeOn(m.ocppId(), m.evseId());
        List<MeterSample> samples = m.samples() == null ? List.of() : m.samples();
        session.ifPresent(s -> s.record(samples));
        addRows(
                rows,
                m.ocppId(),
                m.evseId(),
                m.connectorId(),
                session.map(ChargingSession::id).orElse(null),
                m.transactionId(),
                samples);
    }

    private void onBoot(SessionUnitOfWork work, ChargerBooted booted) {
        Instant at = booted.bootedAt() == null ? clock.instant() : booted.bootedAt();
        for (ChargingSession session : work.activeOnCharger(booted.ocppId())) {
            if (session.closeForReboot(at)) {
                log.info("Closed session {} on {}: charger rebooted", session.id(), booted.ocppId());
            }
        }
    }

    private static void addRows(
            List<MeterRow> rows,
            String cp,
            int evse,
            int connector,
            UUID sessionId,
            String tx,
            List<MeterSample> samples) {
        if (samples == null) {
            return;
        }
        for (MeterSample sample : samples) {
            if (sample != null && sample.value() != null) {
                rows.add(new MeterRow(cp, evse, connector, sessionId, tx, sample));
            }
        }
    }

    private static String chargerOf(Object event) {
        return switch (event) {
            case TransactionReported t -> t.ocppId();
            case MeterValuesReported m -> m.ocppId();
            case ChargerBooted b -> b.ocppId();
            default -> null;
        };
    }

    /** The transaction an event names, if it names one (meter values outside a transaction do not). */
    private static TransactionKey transactionOf(Object event) {
        return switch (event) {
            case TransactionReported t
            when t.transactionId() != null && !t.transactionId().isBlank() ->
                new TransactionKey(t.ocppId(), t.transactionId());
            case MeterValuesReported m
            when m.transactionId() != null -> new TransactionKey(m.ocppId(), m.transactionId());
            default -> null;
        };
    }
}
