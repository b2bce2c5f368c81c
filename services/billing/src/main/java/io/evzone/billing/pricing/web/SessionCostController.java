package io.evzone.billing.pricing.web;

import io.evzone.billing.pricing.application.SessionCosts;
import io.evzone.billing.tariffs.web.Authorities;
import io.evzone.platform.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/billing/sessions")
@Tag(name = "Session pricing", description = "What charging sessions cost, as billing priced them.")
@ApiResponse(
        responseCode = "404",
        description = "Unknown session, not priced (no tariff in effect), or another organization's",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class SessionCostController {

    private final SessionCosts costs;

    SessionCostController(SessionCosts costs) {
        this.costs = costs;
    }

    @GetMapping("/{sessionId}/cost")
    @PreAuthorize(Authorities.READ_OR_OWN)
    @Operation(
            summary = "A session's cost",
            description = "Needs billing.read in the station owner's organization, or sessions.own for the driver's"
                    + " own session. A running session shows its cost so far (status ACTIVE), a finished one its"
                    + " latest price version (status PRICED).")
    @ApiResponse(responseCode = "200", description = "The cost with its breakdown")
    SessionCostResponse cost(@PathVariable String sessionId) {
        return SessionCostResponse.of(costs.of(sessionId, Caller.current()));
    }

    @GetMapping("/{sessionId}/prices")
    @PreAuthorize(Authorities.READ_OR_OWN)
    @Operation(
            summary = "Every price version of a finished session",
            description = "Oldest first; a correction is a new version, earlier ones are kept.")
    @ApiResponse(responseCode = "200", description = "The versions")
    List<SessionCostResponse> prices(@PathVariable String sessionId) {
        return costs.versions(sessionId, Caller.current()).stream()
                .map(SessionCostResponse::of)
                .toList();
    }
}
