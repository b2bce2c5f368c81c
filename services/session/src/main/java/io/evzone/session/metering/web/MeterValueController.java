package io.evzone.session.metering.web;

import io.evzone.platform.security.Caller;
import io.evzone.session.chargers.application.ChargePointIds;
import io.evzone.session.chargers.application.KnownCharger;
import io.evzone.session.metering.application.FindHourlyMeterValues;
import io.evzone.session.metering.application.HourlyMeterValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Meter values",
        description = "Hourly rollups of what chargers measured (energy, power, current...), kept for years after the"
                + " raw samples expire. Operators see their organization's chargers.")
class MeterValueController {

    /** Operators' reads; drivers (sessions.own) see their sessions' figures on GET /sessions/{id}. */
    static final String READ_METER_VALUES = "hasAnyAuthority('sessions.read', 'sessions.manage', 'platform.admin')";

    private final FindHourlyMeterValues find;
    private final ChargePointIds ids;

    MeterValueController(FindHourlyMeterValues find, ChargePointIds ids) {
        this.find = find;
        this.ids = ids;
    }

    @GetMapping("/api/v1/meter-values/hourly")
    @PreAuthorize(READ_METER_VALUES)
    @Operation(
            summary = "A charge point's meter values per hour, oldest first",
            description = "One entry per hour, EVSE, connector, session, measurand, phase, unit and location: sample"
                    + " count, min, max, mean, first and last value. Only hours that ended at least"
                    + " evzone.session.meter-rollup-delay ago are rolled up.")
    @ApiResponse(responseCode = "200", description = "The hourly values")
    @ApiResponse(
            responseCode = "400",
            description = "Neither chargePointId nor ocppId, or from/to out of order or over 31 days apart")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    @ApiResponse(responseCode = "403", description = "Missing sessions.read or sessions.manage")
    @ApiResponse(responseCode = "404", description = "No such charge point in the caller's organization")
    List<HourlyResponse> hourly(
            @Parameter(description = "The charge point (the station service's id)") @RequestParam(required = false)
                    String chargePointId,
            @Parameter(description = "The charge point by its OCPP identity, instead of chargePointId")
                    @RequestParam(required = false)
                    String ocppId,
            @Parameter(description = "Hours starting at or after (ISO-8601); default: a day before to")
                    @RequestParam(required = false)
                    Instant from,
            @Parameter(description = "Hours starting before (ISO-8601); default: now") @RequestParam(required = false)
                    Instant to,
            @Parameter(description = "Only this measurand, e.g. Energy.Active.Import.Register")
                    @RequestParam(required = false)
                    String measurand,
            @Parameter(description = "Only this EVSE") @RequestParam(required = false) Integer evseId,
            @Parameter(description = "Page size, default 1000, at most 5000") @RequestParam(required = false)
                    Integer limit,
            @Parameter(description = "Entries to skip") @RequestParam(required = false) Integer offset) {
        KnownCharger charger = ids.named(chargePointId, ocppId);
        var request = new FindHourlyMeterValues.Request(
                charger.chargePointId(),
                from,
                to,
                measurand,
                evseId,
                limit == null ? 1000 : Math.clamp(limit, 1, 5000),
                offset == null ? 0 : Math.max(0, offset));
        return find.handle(Caller.current(), request).stream()
                .map(v -> HourlyResponse.of(v, charger.registryId()))
                .toList();
    }

    /**
     * @param chargePointId the charge point's id in the station service, or null while not learned
     * @param ocppId the charger's OCPP identity
     * @param sessionId the session the samples belong to; null for samples outside a known session
     * @param avg the mean of the hour's samples (not time-weighted)
     */
    record HourlyResponse(
            Instant hour,
            String chargePointId,
            String ocppId,
            int evseId,
            int connectorId,
            String sessionId,
            String measurand,
            String phase,
            String unit,
            String location,
            int samples,
            double min,
            double max,
            double avg,
            double first,
            Instant firstAt,
            double last,
            Instant lastAt) {

        static HourlyResponse of(HourlyMeterValue v, String chargePointId) {
            return new HourlyResponse(
                    v.hour(),
                    chargePointId,
                    v.chargePointId(),
                    v.evseId(),
                    v.connectorId(),
                    v.sessionId() == null ? null : v.sessionId().toString(),
                    v.measurand(),
                    v.phase(),
                    v.unit(),
                    v.location(),
                    v.samples(),
                    v.min(),
                    v.max(),
                    v.avg(),
                    v.first(),
                    v.firstAt(),
                    v.last(),
                    v.lastAt());
        }
    }
}
