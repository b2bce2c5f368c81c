package io.evzone.billing.tariffs.domain;

import java.time.LocalDateTime;

/**
 * The state of a session at the start of a priced slice, which restrictions are checked against.
 *
 * @param local the station's local date and time
 * @param energyWh energy delivered since the session started
 * @param elapsedSeconds time since the session started
 * @param powerW average charging power over the slice, or null when unknown
 */
public record SessionMoment(LocalDateTime local, long energyWh, long elapsedSeconds, Long powerW) {}
