package io.evzone.station.sites.web;

import io.evzone.station.shared.web.Authorities;
import io.evzone.station.shared.web.Paging;
import io.evzone.station.shared.web.Scopes;
import io.evzone.station.sites.application.CreateSite;
import io.evzone.station.sites.application.DeleteSite;
import io.evzone.station.sites.application.SiteQueries;
import io.evzone.station.sites.application.UpdateSite;
import io.evzone.station.sites.domain.Site;
import io.evzone.station.sites.domain.SiteDetails;
import io.evzone.station.sites.domain.SiteStats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
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
@RequestMapping("/api/v1/sites")
@Tag(
        name = "Sites",
        description = "Properties where an organization runs chargers. Scoped to the caller's organization.")
class SiteController {

    private final CreateSite create;
    private final UpdateSite update;
    private final DeleteSite delete;
    private final SiteQueries queries;

    SiteController(CreateSite create, UpdateSite update, DeleteSite delete, SiteQueries queries) {
        this.create = create;
        this.update = update;
        this.delete = delete;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Create a site",
            description = "Needs stations.write. Platform administrators name the organizationId.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "400", description = "Invalid fields, named in the problem's message")
    SiteResponse create(@Valid @RequestBody CreateSiteRequest request) {
        return SiteResponse.of(
                create.handle(new CreateSite.Creation(request.details(), request.organizationId(), Scopes.current())));
    }

    @GetMapping
    @PreAuthorize(Authorities.READ)
    @Operation(summary = "List sites", description = "Needs stations.read. By name; q matches name, city and address.")
    List<SiteResponse> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String organizationId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return queries.list(Scopes.current(), organizationId, q, Paging.limit(limit), Paging.offset(offset)).stream()
                .map(SiteResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorities.READ)
    @Operation(summary = "Get a site", description = "Needs stations.read.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    SiteResponse get(@PathVariable UUID id) {
        return SiteResponse.of(queries.get(id, Scopes.current()));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Authorities.WRITE)
    @Operation(summary = "Change a site", description = "Needs stations.write. Absent fields keep their value.")
    @ApiResponse(responseCode = "200", description = "The result, as changed")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    SiteResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateSiteRequest request) {
        return SiteResponse.of(update.handle(id, request.details(), Scopes.current()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Authorities.WRITE)
    @Operation(summary = "Delete a site", description = "Needs stations.write.")
    @ApiResponse(responseCode = "409", description = "Stations still use the site")
    void delete(@PathVariable UUID id) {
        delete.handle(id, Scopes.current());
    }

    @GetMapping("/{id}/stats")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "A site's equipment and live availability",
            description = "Needs stations.read. Session and energy figures are the analytics service's.")
    SiteStats stats(@PathVariable UUID id) {
        return queries.stats(id, Scopes.current());
    }

    record CreateSiteRequest(
            @NotBlank @Size(max = 160) String name,
            @Size(max = 300) String address,
            @Size(max = 120) String city,
            @Size(max = 2) String country,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 64) String timeZone,
            @DecimalMin("0") BigDecimal powerCapacityKw,
            @Min(0) Integer parkingBays,
            @Size(max = 50) List<String> amenities,
            @Size(max = 50) List<String> photos,
            @Size(max = 255) String openingHours,
            String organizationId) {

        SiteDetails details() {
            return new SiteDetails(
                    name,
                    address,
                    city,
                    country,
                    latitude,
                    longitude,
                    timeZone,
                    powerCapacityKw,
                    parkingBays,
                    amenities,
                    photos,
                    openingHours);
        }
    }

    record UpdateSiteRequest(
            @Size(min = 1, max = 160) String name,
            @Size(max = 300) String address,
            @Size(max = 120) String city,
            @Size(max = 2) String country,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @Size(max = 64) String timeZone,
            @DecimalMin("0") BigDecimal powerCapacityKw,
            @Min(0) Integer parkingBays,
            @Size(max = 50) List<String> amenities,
            @Size(max = 50) List<String> photos,
            @Size(max = 255) String openingHours) {

        SiteDetails details() {
            return new SiteDetails(
                    name,
                    address,
                    city,
                    country,
                    latitude,
                    longitude,
                    timeZone,
                    powerCapacityKw,
                    parkingBays,
                    amenities,
                    photos,
                    openingHours);
        }
    }

    record SiteResponse(
            UUID id,
            String organizationId,
            String name,
            String address,
            String city,
            String country,
            Double latitude,
            Double longitude,
            String timeZone,
            BigDecimal powerCapacityKw,
            Integer parkingBays,
            List<String> amenities,
            List<String> photos,
            String openingHours,
            Instant createdAt,
            Instant updatedAt) {

        static SiteResponse of(Site s) {
            return new SiteResponse(
                    s.id(),
                    s.organizationId(),
                    s.name(),
                    s.address(),
                    s.city(),
                    s.country(),
                    s.coordinates() == null ? null : s.coordinates().latitude(),
                    s.coordinates() == null ? null : s.coordinates().longitude(),
                    s.timeZone(),
                    s.powerCapacityKw(),
                    s.parkingBays(),
                    s.amenities(),
                    s.photos(),
                    s.openingHours(),
                    s.createdAt(),
                    s.updatedAt());
        }
    }
}
