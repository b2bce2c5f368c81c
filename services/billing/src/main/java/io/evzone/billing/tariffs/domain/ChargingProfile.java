package io.evzone.billing.tariffs.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A session as it is priced: when it started and ended (or was last read, for a running cost), the
 * station's time zone, and the meter samples in between. The energy of the last sample is the
 * session's energy. Times are taken to the whole second, as chargers report them.
 */
public record ChargingProfile(Instant startedAt, Instant endedAt, ZoneId zone, List<MeterSample> samples) {

    public ChargingProfile {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        startedAt = startedAt.truncatedTo(ChronoUnit.SECONDS);
        endedAt = endedAt.truncatedTo(ChronoUnit.SECONDS);
        samples = List.copyOf(samples);
        if (endedAt.isBefore(startedAt)) {
            throw DomainException.invalid("endedAt: must not be before startedAt");
        }
        if (samples.stream().anyMatch(s -> s.energyWh() < 0)) {
            throw DomainException.invalid("samples.energyWh: must not be negative");
        }
    }

    /** A profile with only the start and the end reading: energy spread evenly over the session. */
    public static ChargingProfile evenly(Instant startedAt, Instant endedAt, ZoneId zone, long energyWh) {
        return new ChargingProfile(startedAt, endedAt, zone, List.of(new MeterSample(endedAt, energyWh)));
    }
}
