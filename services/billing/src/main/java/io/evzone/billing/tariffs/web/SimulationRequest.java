package io.evzone.billing.tariffs.web;

import io.evzone.billing.tariffs.domain.ChargingProfile;
import io.evzone.billing.tariffs.domain.DomainException;
import io.evzone.billing.tariffs.domain.MeterSample;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session profile to price: with a stored tariff ({@code tariffId}) or one written inline
 * ({@code tariff}, not stored). Energy is the total in Wh, or meter samples of the energy delivered
 * since the start; without samples the energy is spread evenly over the session.
 */
@Schema(name = "TariffSimulation")
record SimulationRequest(
        UUID tariffId,
        TariffRequest tariff,
        Instant startedAt,
        Instant endedAt,

        @Schema(
                description = "IANA zone of the station; default evzone.billing.default-time-zone",
                example = "Africa/Kampala")
        String timeZone,

        Long energyWh,
        List<MeterSample> samples) {

    ChargingProfile profile(ZoneId defaultZone) {
        if (startedAt == null) {
            throw DomainException.invalid("startedAt: required");
        }
        if (endedAt == null) {
            throw DomainException.invalid("endedAt: required");
        }
        if (energyWh != null && energyWh < 0) {
            throw DomainException.invalid("energyWh: must not be negative");
        }
        List<MeterSample> all = new ArrayList<>(samples == null ? List.of() : samples);
        for (int i = 0; i < all.size(); i++) {
            MeterSample s = all.get(i);
            if (s == null || s.at() == null || s.energyWh() < 0) {
                throw DomainException.invalid("samples[" + i + "]: needs at and a non-negative energyWh");
            }
        }
        if (energyWh != null) {
            all.add(new MeterSample(endedAt, energyWh));
        }
        return new ChargingProfile(startedAt, endedAt, zone(defaultZone), all);
    }

    private ZoneId zone(ZoneId defaultZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return defaultZone;
        }
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw DomainException.invalid("timeZone: not an IANA time zone such as Africa/Kampala");
        }
    }
}
