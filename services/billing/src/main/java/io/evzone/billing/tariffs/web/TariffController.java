package io.evzone.billing.tariffs.web;

import io.evzone.billing.tariffs.application.CreateTariff;
import io.evzone.billing.tariffs.application.TariffLifecycle;
import io.evzone.billing.tariffs.application.TariffQueries;
import io.evzone.billing.tariffs.domain.TariffStatus;
import io.evzone.billing.wallet.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
@RequestMapping("/api/v1/tariffs")
@Tag(
        name = "Tariffs",
        description =
                "OCPI 2.2.1 tariffs of the caller's organization: DRAFT, then ACTIVE (or SUSPENDED), then ARCHIVED.")
@ApiResponse(
        responseCode = "400",
        description = "Invalid fields, named in the problem's message",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
        responseCode = "403",
        description = "Missing permission",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class TariffController {

    private static final String NOT_FOUND = "Unknown, or another organization's";
    private static final String CONFLICT =
            "The tariff's status does not allow it, or another is in effect for the same place";

    private final CreateTariff create;
    private final TariffLifecycle lifecycle;
    private final TariffQueries queries;

    TariffController(CreateTariff create, TariffLifecycle lifecycle, TariffQueries queries) {
        this.create = create;
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @GetMapping
    @PreAuthorize(Authorities.READ)
    @Operation(summary = "List tariffs", description = "Needs billing.read. Oldest first; optionally by status.")
    List<TariffResponse> list(
            @RequestParam(required = false) TariffStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return queries.list(Scopes.current(), status, Paging.limit(limit), Paging.offset(offset)).stream()
                .map(TariffResponse::of)
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.MANAGE)
    @Operation(summary = "Create a tariff as a DRAFT", description = "Needs billing.manage.")
    @ApiResponse(responseCode = "201", description = "Created")
    TariffResponse create(@RequestBody TariffRequest request) {
        return TariffResponse.of(create.handle(request.details(), request.organizationId(), Scopes.current()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorities.READ)
    @Operation(summary = "Get a tariff", description = "Needs billing.read.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    TariffResponse get(@PathVariable UUID id) {
        return TariffResponse.of(queries.get(id, Scopes.current()));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Authorities.MANAGE)
    @Operation(
            summary = "Change a DRAFT tariff",
            description = "Needs billing.manage. Absent members keep their value; elements and assignments are"
                    + " replaced as a whole. An ACTIVE tariff is changed by cloning it.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = CONFLICT)
    TariffResponse change(@PathVariable UUID id, @RequestBody TariffRequest request) {
        var tariff = queries.get(id, Scopes.current());
        return TariffResponse.of(lifecycle.change(id, request.appliedTo(tariff), Scopes.current()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Authorities.MANAGE)
    @Operation(summary = "Delete a DRAFT tariff", description = "Needs billing.manage. Others are archived.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = CONFLICT)
    void delete(@PathVariable UUID id) {
        lifecycle.delete(id, Scopes.current());
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(Authorities.MANAGE)
    @Operation(
            summary = "Put a DRAFT tariff in effect",
            description = "Needs billing.manage. From effectiveFrom, or now when unset. The version it was cloned"
                    + " from, if ACTIVE, is archived from that moment. A SUSPENDED tariff is resumed.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = CONFLICT)
    TariffResponse activate(@PathVariable UUID id) {
        return TariffResponse.of(lifecycle.activate(id, Scopes.current()));
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize(Authorities.MANAGE)
    @Operation(
            summary = "Pause an ACTIVE tariff",
            description = "Needs billing.manage. No session is priced with it while SUSPENDED; activate resumes it"
                    + " (refused with 409 if another tariff took its place meanwhile).")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = CONFLICT)
    TariffResponse suspend(@PathVariable UUID id) {
        return TariffResponse.of(lifecycle.suspend(id, Scopes.current()));
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize(Authorities.MANAGE)
    @Operation(
            summary = "End an ACTIVE tariff's effect",
            description = "Needs billing.manage. Kept to re-price the sessions it priced.")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    @ApiResponse(responseCode = "409", description = CONFLICT)
    TariffResponse archive(@PathVariable UUID id) {
        return TariffResponse.of(lifecycle.archive(id, Scopes.current()));
    }

    @PostMapping("/{id}/clone")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.MANAGE)
    @Operation(
            summary = "Clone a tariff as its next version",
            description = "Needs billing.manage. A DRAFT with the same terms and assignments and no effective dates.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "404", description = NOT_FOUND)
    TariffResponse cloneAsNextVersion(@PathVariable UUID id) {
        return TariffResponse.of(lifecycle.cloneAsNextVersion(id, Scopes.current()));
    }
}
