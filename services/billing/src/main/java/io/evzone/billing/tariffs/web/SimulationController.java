package io.evzone.billing.tariffs.web;

import io.evzone.billing.config.BillingProperties;
import io.evzone.billing.tariffs.application.TariffQueries;
import io.evzone.billing.tariffs.domain.DomainException;
import io.evzone.billing.tariffs.domain.TariffCalculator;
import io.evzone.billing.tariffs.domain.TariffTerms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tariffs")
class SimulationController {

    private final TariffQueries queries;
    private final BillingProperties properties;

    SimulationController(TariffQueries queries, BillingProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    @PostMapping("/api/v1/tariffs/simulate")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "Price a session profile",
            description = "Needs billing.read. With a tariff of the caller's organization (tariffId) or one written"
                    + " inline (tariff); nothing is stored.")
    @ApiResponse(responseCode = "200", description = "The priced breakdown")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid fields, named in the problem's message",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown tariff, or another organization's")
    PriceResponse simulate(@RequestBody SimulationRequest request) {
        if ((request.tariffId() == null) == (request.tariff() == null)) {
            throw DomainException.invalid("tariffId: give either tariffId or tariff");
        }
        TariffTerms terms = request.tariffId() != null
                ? queries.get(request.tariffId(), Scopes.current()).terms()
                : FieldPath.at("tariff", () -> request.tariff().details()).terms();
        return PriceResponse.of(TariffCalculator.price(terms, request.profile(properties.defaultTimeZone())));
    }
}
