package io.evzone.station.chargepoints.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.charger.ConnectorStatusReported;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.Connector;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records a connector status a charger reported: the connector's current status (the connector and
 * its EVSE are created on their first report), its history, and the events operators and
 * maintenance follow.
 */
@Service
public class RecordConnectorStatus {

    private static final Logger log = LoggerFactory.getLogger(RecordConnectorStatus.class);

    private final ChargerEvents events;
    private final Clock clock;

    public RecordConnectorStatus(ChargerEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Applies the report to the batch's charge point and connector. */
    void apply(ConnectorStatusReported reported, ChargerWork work) {
        ChargePoint before = work.chargePoint(reported.ocppId()).orElse(null);
        if (before == null) {
            log.debug("Status from unknown charger {} ignored", reported.ocppId());
            return;
        }
        Instant at = reported.reportedAt() == null ? clock.instant() : reported.reportedAt();
        ChargePoint after;
        // OCPP 1.6 §4.9: connector 0 is the charge point as a whole.
        if (reported.evseId() == 0 || reported.connectorId() == 0) {
            after = before.reportedItself(reported.status(), at);
        } else {
            after = before.heard(at);
            recordConnector(after, reported, at, work);
        }
        work.update(after);
        if (!before.presence().online()) {
            events.wentOnline(after, at);
        }
    }

    private void recordConnector(
            ChargePoint chargePoint, ConnectorStatusReported reported, Instant at, ChargerWork work) {
        Connector connector = work.connector(chargePoint.id(), reported.evseId(), reported.connectorId())
                .orElseGet(() -> discover(chargePoint, reported, work));
        var report = new Connector.StatusReport(
                reported.status(), reported.errorCode(), reported.vendorErrorCode(), reported.info(), at);
        Connector.Reported outcome = connector.report(report);
        work.recordHistory(connector.id(), report);
        if (outcome.outcome() == Connector.Reported.Outcome.STALE) {
            return;
        }
        work.update(outcome.connector());
        if (outcome.changed()) {
            events.statusChanged(chargePoint, outcome);
        }
        if (outcome.outcome() == Connector.Reported.Outcome.FAULTED) {
            events.faulted(chargePoint, outcome.connector());
            log.warn(
                    "Charger {} EVSE {} connector {} FAULTED ({} {})",
                    chargePoint.ocppId(),
                    reported.evseId(),
                    reported.connectorId(),
                    reported.errorCode(),
                    reported.vendorErrorCode());
        }
    }

    private Connector discover(ChargePoint chargePoint, ConnectorStatusReported reported, ChargerWork work) {
        Connector connector = Connector.discovered(
                TimeOrderedIds.next(), chargePoint.id(), reported.evseId(), reported.connectorId(), clock.instant());
        work.add(connector);
        return connector;
    }
}
