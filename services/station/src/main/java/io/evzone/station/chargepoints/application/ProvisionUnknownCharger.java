package io.evzone.station.chargepoints.application;

import io.evzone.contracts.TimeOrderedIds;
import io.evzone.contracts.charger.ChargerIdentity;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.chargepoints.config.ChargerProperties;
import io.evzone.station.chargepoints.domain.ChargePoint;
import io.evzone.station.chargepoints.domain.ChargePoints;
import io.evzone.station.chargepoints.domain.Hardware;
import io.evzone.station.chargepoints.domain.UnknownChargerPolicy;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records a charger nobody provisioned that booted, as the unknown-charger policy in force says: asked by the
 * gateway (a BOOT question), or told afterwards (the gateway accepted it itself under the ACCEPT policy). Runs in
 * the caller's transaction.
 */
@Service
public class ProvisionUnknownCharger {

    private static final Logger log = LoggerFactory.getLogger(ProvisionUnknownCharger.class);

    private final ChargePoints chargePoints;
    private final ProvisioningPolicy policy;
    private final ChargerEvents events;
    private final ChargerProperties properties;

    public ProvisionUnknownCharger(
            ChargePoints chargePoints, ProvisioningPolicy policy, ChargerEvents events, ChargerProperties properties) {
        this.chargePoints = chargePoints;
        this.policy = policy;
        this.events = events;
        this.properties = properties;
    }

    /** @return the new record's registration, or REJECTED when the policy or the identity allows no record */
    public RegistrationStatus provision(String ocppId, Hardware hardware, OcppVersion version, Instant now) {
        return provision(ocppId, hardware, version, now, policy.current().policy(), chargePoints::add);
    }

    /**
     * As {@link #provision(String, Hardware, OcppVersion, Instant)} under {@code current}, handing the new
     * record to {@code record} to be stored.
     */
    RegistrationStatus provision(
            String ocppId,
            Hardware hardware,
            OcppVersion version,
            Instant now,
            UnknownChargerPolicy current,
            Consumer<ChargePoint> record) {
        Optional<RegistrationStatus> registration = current.registrationOfNewRecord();
        if (registration.isEmpty() || !ChargerIdentity.isRecordable(ocppId)) {
            log.info(
                    "Rejected unknown charger {} ({} {}) under policy {}",
                    ocppId,
                    hardware.vendor(),
                    hardware.model(),
                    current);
            return RegistrationStatus.REJECTED;
        }
        ChargePoint created = ChargePoint.provisionedOnBoot(
                TimeOrderedIds.next(),
                ocppId,
                properties.provisioningOrganizationId(),
                hardware,
                version,
                registration.get(),
                now,
                properties.intervalFor(registration.get()));
        record.accept(created);
        events.provisioned(created);
        events.registered(created, now);
        events.wentOnline(created, now);
        log.info(
                "Provisioned unknown charger {} ({} {}) as {} under policy {}",
                ocppId,
                hardware.vendor(),
                hardware.model(),
                created.registration(),
                current);
        return created.registration();
    }
}
