package io.evzone.station.chargepoints.application;

import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks chargers offline that were silent for more than {@code evzone.station.missed-heartbeats}
 * heartbeat intervals (each charger's own interval, as told at its last boot). Rows are claimed
 * with SKIP LOCKED, so several nodes can sweep side by side.
 */
@Service
public class SweepSilentChargers {

    private static final Logger log = LoggerFactory.getLogger(SweepSilentChargers.class);
    private static final int BATCH = 500;

    private final ChargePoints chargePoints;
    private final ChargerEvents events;
    private final ChargerProperties properties;
    private final Clock clock;

    public SweepSilentChargers(
            ChargePoints chargePoints, ChargerEvents events, ChargerProperties properties, Clock clock) {
        this.chargePoints = chargePoints;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many chargers went offline */
    @Transactional
    public int handle() {
        Instant now = clock.instant();
        int swept = 0;
        for (ChargePoint chargePoint :
                chargePoints.lockSilent(now, properties.missedHeartbeats(), properties.heartbeatInterval(), BATCH)) {
            if (chargePoint.presence().isSilent(now, properties.missedHeartbeats(), properties.heartbeatInterval())) {
                ChargePoint offline = chargePoint.wentSilent(now);
                chargePoints.update(offline);
                events.wentOffline(offline, "silent", now);
                log.info(
                        "Charger {} went offline: silent since {}",
                        offline.ocppId(),
                        offline.presence().lastSeenAt());
                swept++;
            }
        }
        return swept;
    }
}
