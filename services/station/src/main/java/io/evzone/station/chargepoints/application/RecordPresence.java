package io.evzone.station.chargepoints.application;

import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Keeps a charger's online flag and last-seen time, and tells when it goes online or offline. */
@Service
public class RecordPresence {

    private static final Logger log = LoggerFactory.getLogger(RecordPresence.class);

    private final ProvisionUnknownCharger newCharger;
    private final ChargerEvents events;
    private final ChargerProperties properties;
    private final Clock clock;

    public RecordPresence(
            ProvisionUnknownCharger newCharger, ChargerEvents events, ChargerProperties properties, Clock clock) {
        this.newCharger = newCharger;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Applies the signal to the batch's charge point. */
    void apply(PresenceSignal signal, ChargerWork work) {
        ChargePoint before = work.chargePoint(signal.ocppId()).orElse(null);
        var at = signal.at() == null ? clock.instant() : signal.at();
        if (before == null) {
            if (signal instanceof PresenceSignal.Booted b && b.answered() == RegistrationStatus.ACCEPTED) {
                // The gateway accepted a new charger itself under the ACCEPT policy; its record is made now.
                newCharger.provision(b.ocppId(), b.hardware(), b.version(), at, work.unknownChargerPolicy(), work::add);
            } else {
                log.debug("Presence of unknown charger {} ignored", signal.ocppId());
            }
            return;
        }
        ChargePoint after = switch (signal) {
            case PresenceSignal.Connected c -> before.connected(c.gatewayNode(), at);
            case PresenceSignal.Disconnected d -> before.disconnected(at, d.openedAt(), clock.instant());
            case PresenceSignal.Heartbeat h -> before.heartbeat(at);
            case PresenceSignal.Booted b ->
                before.booted(b.hardware(), b.version(), at, properties.intervalFor(before.registration()));
        };
        work.update(after);
        if (!before.presence().online() && after.presence().online()) {
            events.wentOnline(after, at);
        } else if (before.presence().online() && !after.presence().online()) {
            String reason = signal instanceof PresenceSignal.Disconnected d ? d.reason() : null;
            events.wentOffline(after, "disconnected" + (reason == null ? "" : ": " + reason), at);
            log.info("Charger {} went offline: disconnected ({})", after.ocppId(), reason);
        }
    }
}
