package io.evzone.billing.tariffs.domain;

import java.time.Instant;

/** Energy delivered since the session started, as read at a moment. */
public record MeterSample(Instant at, long energyWh) {}
