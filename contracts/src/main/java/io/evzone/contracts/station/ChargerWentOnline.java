package io.evzone.contracts.station;

import java.time.Instant;

/** A charger that was offline connected, booted or was heard from again. */
public record ChargerWentOnline(
        String chargePointId, String ocppId, String organizationId, String stationId, Instant at) {}
