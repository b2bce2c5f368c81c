package io.evzone.simulator.charger;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Charging sessions on the charger's connectors: start (authorizing the tag first when asked), meter values at the
 * sample interval while charging, stop, and faults. The version's messages come from the charger. Runs under the
 * charger's lock.
 */
final class Sessions {
    private final SimulatedCharger<?, ?> charger;
    private final PendingReboot reboot;
    private Duration meterInterval;

    Sessions(SimulatedCharger<?, ?> charger, PendingReboot reboot) {
        this.charger = charger;
        this.reboot = reboot;
        this.meterInterval = charger.settings().meterInterval();
    }

    Duration meterInterval() {
        return meterInterval;
    }

    /** MeterValueSampleInterval changed; zero or less falls back to the configured interval. */
    void meterIntervalSeconds(int seconds) {
        meterInterval =
                seconds > 0 ? Duration.ofSeconds(seconds) : charger.settings().meterInterval();
    }

    boolean anyTransaction() {
        return charger.connectors().stream().anyMatch(c -> c.transaction() != null);
    }

    boolean start(int connectorId, String idTag, Integer remoteStartId, boolean authorize) {
        Connector c = charger.connector(connectorId);
        if (c == null || !c.canStart()) {
            return false;
        }
        c.status(ConnectorStatus.PREPARING);
        charger.reportStatus(c);
        if (authorize && !charger.offline()) {
            charger.authorize(idTag, ok -> {
                if (ok) {
                    begin(c, idTag, remoteStartId);
                } else {
                    c.status(ConnectorStatus.AVAILABLE);
                    charger.reportStatus(c);
                    charger.tagRefused(c.id());
                }
            });
        } else {
            begin(c, idTag, remoteStartId);
        }
        return true;
    }

    private void begin(Connector c, String idTag, Integer remoteStartId) {
        Instant now = charger.now();
        String localId = new UUID(charger.random.nextLong(), charger.random.nextLong()).toString();
        Transaction transaction = new Transaction(idTag, remoteStartId, now, c.energyWh(), localId);
        c.transaction(transaction);
        c.reservationId(null);
        c.advance(now, charger.power.sample(charger.random, c.limitW()));
        charger.events.sessionStarted();
        charger.transactionStarted(c, transaction);
        c.status(ConnectorStatus.CHARGING);
        charger.reportStatus(c);
        scheduleMeter(c);
    }

    private void scheduleMeter(Connector c) {
        c.meterTimer(charger.later(meterInterval, () -> {
            Transaction transaction = c.transaction();
            if (transaction != null) {
                c.advance(charger.now(), charger.power.sample(charger.random, c.limitW()));
                charger.meterSample(c, transaction);
                charger.events.meterSampled(charger.id(), c.energyWh(), transaction.meterStartWh());
                scheduleMeter(c);
            }
        }));
    }

    boolean stop(int connectorId, StopReason reason) {
        Connector c = charger.connector(connectorId);
        if (c == null || c.transaction() == null) {
            return false;
        }
        Transaction transaction = c.transaction();
        c.meterTimer(Timers.Cancellable.NONE);
        c.stopFlow(charger.now());
        c.transaction(null);
        charger.events.sessionEnded();
        charger.transactionEnded(c, transaction, reason);
        c.status(ConnectorStatus.FINISHING);
        charger.reportStatus(c);
        c.status(c.restingStatus());
        charger.reportStatus(c);
        reboot.transactionEnded();
        if (reason == StopReason.DE_AUTHORIZED) {
            charger.tagRefused(connectorId);
        }
        return true;
    }

    void fault(int connectorId, String errorCode) {
        Connector c = charger.connector(connectorId);
        if (c != null) {
            stop(connectorId, StopReason.OTHER);
            c.status(ConnectorStatus.FAULTED);
            charger.reportFault(c, errorCode);
        }
    }

    void recover(int connectorId) {
        Connector c = charger.connector(connectorId);
        if (c != null && c.status() == ConnectorStatus.FAULTED) {
            c.status(c.restingStatus());
            charger.reportStatus(c);
        }
    }

    /** Calls off every meter timer (the charger stops). */
    void stopMeters() {
        charger.connectors().forEach(c -> c.meterTimer(Timers.Cancellable.NONE));
    }
}
