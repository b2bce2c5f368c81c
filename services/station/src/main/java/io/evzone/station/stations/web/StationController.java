package io.evzone.station.stations.web;

import io.evzone.platform.security.AccessTokenClaims;
import io.evzone.platform.security.Caller;
import io.evzone.station.shared.domain.Coordinates;
import io.evzone.station.shared.web.Authorities;
import io.evzone.station.shared.web.Paging;
import io.evzone.station.shared.web.Scopes;
import io.evzone.station.stations.application.CreateStation;
import io.evzone.station.stations.application.DeleteStation;
import io.evzone.station.stations.application.StationQueries;
import io.evzone.station.stations.application.UpdateStation;
import io.evzone.station.stations.domain.StationAudience;
import io.evzone.station.stations.domain.StationDetails;
import io.evzone.station.stations.domain.StationSearch;
import io.evzone.station.stations.domain.StationStats;
import io.evzone.station.stations.domain.StationStatus;
import io.evzone.station.stations.domain.StationType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/stations")
@Tag(
        name = "Stations",
        description = "Locations drivers see. Reads are open to any authenticated caller: operators (stations.read"
                + " or stations.write) see their organization's stations in full, everyone else the public view of"
                + " ACTIVE stations of every organization. Writes need stations.write.")
class StationController {

    static final String PRICE = "Energy price per kWh, a number in major units of currency (1200 UGX, 0.35 USD);"
            + " no more decimals than the currency has";
    static final String BOOKING_FEE = "A number in major units of currency; no more decimals than the currency has";

    private final CreateStation create;
    private final UpdateStation update;
    private final DeleteStation delete;
    private final StationQueries queries;

    StationController(CreateStation create, UpdateStation update, DeleteStation delete, StationQueries queries) {
        this.create = create;
        this.update = update;
        this.delete = delete;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Create a station",
            description = "Needs stations.write. Platform administrators name the organizationId.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields, named in the problem's message (a price or bookingFee with more"
                    + " decimals than the currency has)")
    @ApiResponse(responseCode = "409", description = "The code is taken in the organization")
    StationResponse create(@Valid @RequestBody CreateStationRequest request) {
        var station = create.handle(
                new CreateStation.Creation(request.details(), request.organizationId(), Scopes.current()));
        return StationResponse.of(queries.get(station.id(), audience()), true);
    }

    @GetMapping
    @Operation(
            summary = "List stations",
            description = "Oldest first. q matches name, code and address; north, south, east and west (all four)"
                    + " limit the result to a bounding box.")
    List<StationResponse> list(
            @RequestParam(required = false) StationStatus status,
            @RequestParam(required = false) String organizationId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Double north,
            @RequestParam(required = false) Double south,
            @RequestParam(required = false) Double east,
            @RequestParam(required = false) Double west,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        StationAudience audience = audience();
        var search = new StationSearch(
                audience,
                status,
                organizationId,
                q,
                StationSearch.BoundingBox.ofNullable(north, south, east, west),
                Paging.limit(limit),
                Paging.offset(offset));
        return queries.search(search).stream()
                .map(v -> StationResponse.of(v, audience.operator()))
                .toList();
    }

    @GetMapping("/nearby")
    @Operation(
            summary = "Stations near a point, nearest first",
            description = "Great-circle (haversine) distance computed in SQL; each result carries distanceKm.")
    List<StationResponse> nearby(
            @RequestParam @Parameter(description = "Latitude of the centre") Double lat,
            @RequestParam @Parameter(description = "Longitude of the centre") Double lng,
            @RequestParam(required = false) @Parameter(description = "Radius in km, default 10, at most 500")
                    Double radius,
            @RequestParam(required = false) Integer limit) {
        StationAudience audience = audience();
        return queries.nearby(audience, new Coordinates(lat, lng), radius, Paging.limit(limit)).stream()
                .map(v -> StationResponse.of(v, audience.operator()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a station with its live availability")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "Unknown, or not visible to the caller")
    StationResponse get(@PathVariable UUID id) {
        StationAudience audience = audience();
        return StationResponse.of(queries.get(id, audience), audience.operator());
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Authorities.WRITE)
    @Operation(summary = "Change a station", description = "Needs stations.write. Absent fields keep their value.")
    @ApiResponse(responseCode = "200", description = "The result, as changed")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    @ApiResponse(responseCode = "409", description = "The code is taken in the organization")
    StationResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateStationRequest request) {
        update.handle(id, request.details(), Scopes.current());
        return StationResponse.of(queries.get(id, audience()), true);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Authorities.WRITE)
    @Operation(summary = "Delete a station", description = "Needs stations.write.")
    @ApiResponse(responseCode = "409", description = "Charge points are still attached")
    void delete(@PathVariable UUID id) {
        delete.handle(id, Scopes.current());
    }

    @GetMapping("/{id}/stats")
    @PreAuthorize(Authorities.READ)
    @Operation(summary = "A station's equipment and connector statuses", description = "Needs stations.read.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    StationStats stats(@PathVariable UUID id) {
        return queries.stats(id, Scopes.current());
    }

    private static StationAudience audience() {
        AccessTokenClaims caller = Caller.current();
        return Scopes.isOperator(caller) ? StationAudience.operator(Scopes.of(caller)) : StationAudience.driver();
    }

    record CreateStationRequest(
            @NotBlank @Size(max = 32) String code,
            @NotBlank @Size(max = 160) String name,
            @Size(max = 300) String address,
            UUID siteId,
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
            StationStatus status,
            StationType type,
            @Schema(description = PRICE) BigDecimal price,
            @Schema(description = BOOKING_FEE) BigDecimal bookingFee,
            @Size(min = 3, max = 3) String currency,
            @Size(max = 50) List<String> amenities,
            @Size(max = 50) List<String> images,
            @Size(max = 24) String phone,
            Boolean open247,

            @Schema(
                    description = "IANA time zone of the station's local time (tariff bands)",
                    example = "Africa/Kampala")
            @Size(max = 64)
            String timeZone,

            String organizationId) {

        StationDetails details() {
            return new StationDetails(
                    code,
                    name,
                    address,
                    siteId,
                    latitude,
                    longitude,
                    status,
                    type,
                    price,
                    bookingFee,
                    currency,
                    amenities,
                    images,
                    phone,
                    open247,
                    timeZone);
        }
    }

    record UpdateStationRequest(
            @Size(min = 1, max = 32) String code,
            @Size(min = 1, max = 160) String name,
            @Size(max = 300) String address,
            UUID siteId,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            StationStatus status,
            StationType type,
            @Schema(description = PRICE) BigDecimal price,
            @Schema(description = BOOKING_FEE) BigDecimal bookingFee,
            @Size(min = 3, max = 3) String currency,
            @Size(max = 50) List<String> amenities,
            @Size(max = 50) List<String> images,
            @Size(max = 24) String phone,
            Boolean open247,

            @Schema(
                    description = "IANA time zone of the station's local time (tariff bands)",
                    example = "Africa/Kampala")
            @Size(max = 64)
            String timeZone) {

        StationDetails details() {
            return new StationDetails(
                    code,
                    name,
                    address,
                    siteId,
                    latitude,
                    longitude,
                    status,
                    type,
                    price,
                    bookingFee,
                    currency,
                    amenities,
                    images,
                    phone,
                    open247,
                    timeZone);
        }
    }
}
