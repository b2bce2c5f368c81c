package io.evzone.contracts.station;

import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import java.time.Instant;

/**
 * A charge point was added to the registry: by an operator ({@code OPERATOR}) or automatically when
 * an unknown charger booted ({@code AUTO}).
 *
 * @param stationId null while the charge point is unassigned
 */
public record ChargePointProvisioned(
        String chargePointId,
        String ocppId,
        String organizationId,
        String stationId,
        String vendor,
        String model,
        String serialNumber,
        String firmwareVersion,
        OcppVersion ocppVersion,
        RegistrationStatus registration,
        String provisionedBy,
        Instant provisionedAt) {}
