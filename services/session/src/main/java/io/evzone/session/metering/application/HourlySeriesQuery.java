package io.evzone.session.metering.application;

import java.time.Instant;

/**
 * Which hourly values to read: one charge point's, hours starting in {@code [from, to)}.
 *
 * @param measurand only this measurand; null: all
 * @param evseId only this EVSE; null: all
 */
public record HourlySeriesQuery(
        String chargePointId, Instant from, Instant to, String measurand, Integer evseId, int limit, int offset) {}
