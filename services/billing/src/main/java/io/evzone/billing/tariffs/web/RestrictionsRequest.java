package io.evzone.billing.tariffs.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.evzone.billing.tariffs.domain.DomainException;
import io.evzone.billing.tariffs.domain.Restrictions;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * OCPI 2.2.1 TariffRestrictions in the station's local time: energy in kWh, power in kW, current in
 * A, durations in seconds; lower bounds inclusive, upper bounds exclusive.
 */
@Schema(name = "TariffRestrictions")
record RestrictionsRequest(
        @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "18:00")
        LocalTime startTime,

        @JsonFormat(pattern = "HH:mm") @Schema(type = "string", example = "22:00")
        LocalTime endTime,

        LocalDate startDate,
        LocalDate endDate,
        @Schema(type = "string") BigDecimal minKwh,
        @Schema(type = "string") BigDecimal maxKwh,
        @Schema(type = "string") BigDecimal minCurrent,
        @Schema(type = "string") BigDecimal maxCurrent,
        @Schema(type = "string") BigDecimal minPower,
        @Schema(type = "string") BigDecimal maxPower,
        Long minDuration,
        Long maxDuration,
        Set<DayOfWeek> dayOfWeek,
        Restrictions.ReservationRestriction reservation) {

    static RestrictionsRequest of(Restrictions r) {
        if (r.isEmpty()) {
            return null;
        }
        return new RestrictionsRequest(
                r.startTime(),
                r.endTime(),
                r.startDate(),
                r.endDate(),
                units(r.minWh()),
                units(r.maxWh()),
                r.minCurrentA(),
                r.maxCurrentA(),
                units(r.minPowerW()),
                units(r.maxPowerW()),
                r.minDurationSeconds(),
                r.maxDurationSeconds(),
                r.daysOfWeek().isEmpty() ? null : r.daysOfWeek(),
                r.reservation());
    }

    Restrictions restrictions() {
        if (minDuration != null && minDuration < 0) {
            throw DomainException.invalid("minDuration: must not be negative");
        }
        return new Restrictions(
                startTime,
                endTime,
                startDate,
                endDate,
                FieldPath.thousandths("minKwh", minKwh),
                FieldPath.thousandths("maxKwh", maxKwh),
                minCurrent,
                maxCurrent,
                FieldPath.thousandths("minPower", minPower),
                FieldPath.thousandths("maxPower", maxPower),
                minDuration,
                maxDuration,
                dayOfWeek,
                reservation);
    }

    private static BigDecimal units(Long thousandths) {
        return thousandths == null ? null : BigDecimal.valueOf(thousandths, 3).stripTrailingZeros();
    }
}
