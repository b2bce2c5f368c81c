package io.evzone.billing.tariffs.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.evzone.billing.tariffs.application.TenantTariffSettings;
import io.evzone.billing.tariffs.domain.TariffTemplate;
import io.evzone.billing.tariffs.domain.TenantSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tariffs")
@Tag(name = "Tariffs")
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
class TenantSettingsController {

    private final TenantTariffSettings settings;

    TenantSettingsController(TenantTariffSettings settings) {
        this.settings = settings;
    }

    @Schema(name = "TenantTariffSettings")
    record SettingsResponse(
            String organizationId,
            String currency,

            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", example = "18")
            BigDecimal vat,

            @Schema(description = "IANA id; null: the deployment's default")
            String timeZone,

            @Schema(description = "null until the organization stores its own settings")
            Instant updatedAt) {

        static SettingsResponse of(TenantSettings s) {
            return new SettingsResponse(
                    s.organizationId(),
                    s.currency().code(),
                    s.vatPercent(),
                    s.timeZone() == null ? null : s.timeZone().getId(),
                    s.updatedAt());
        }
    }

    @Schema(name = "TenantTariffSettingsRequest")
    record SettingsRequest(
            @Schema(description = "Platform administrators only")
            String organizationId,

            @Schema(example = "UGX") String currency,
            @Schema(type = "string", example = "18") BigDecimal vat,
            @Schema(example = "Africa/Kampala") String timeZone) {}

    @Schema(name = "TariffTemplate")
    record TemplateResponse(
            String key, String name, String description, String currency, List<ElementRequest> elements) {

        static TemplateResponse of(TariffTemplate t) {
            var code = t.terms().currency();
            return new TemplateResponse(
                    t.key(), t.name(), t.description(), code.code(), ElementRequest.of(t.terms(), code));
        }
    }

    @GetMapping("/tenant-settings")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "The organization's tariff settings",
            description = "Needs billing.read. The deployment's defaults until the organization stores its own;"
                    + " platform administrators name the organization.")
    SettingsResponse get(@RequestParam(required = false) String organizationId) {
        return SettingsResponse.of(settings.of(organizationId, Scopes.current()));
    }

    @PostMapping("/tenant-settings")
    @PreAuthorize(Authorities.MANAGE)
    @Operation(
            summary = "Change the organization's tariff settings",
            description = "Needs billing.manage. Absent members keep their value. The time zone prices the"
                    + " organization's stations whose own zone is unknown.")
    SettingsResponse change(@RequestBody SettingsRequest request) {
        return SettingsResponse.of(settings.change(
                request.organizationId(),
                Scopes.current(),
                new TenantTariffSettings.Change(request.currency(), request.vat(), request.timeZone())));
    }

    @GetMapping("/templates")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "Tariffs to start from",
            description = "Needs billing.read. Elements ready for POST /api/v1/tariffs, in the organization's"
                    + " currency and VAT rate (or the currency given); the prices are placeholders to edit.")
    List<TemplateResponse> templates(
            @RequestParam(required = false) String currency, @RequestParam(required = false) String organizationId) {
        return settings.templates(currency, organizationId, Scopes.current()).stream()
                .map(TemplateResponse::of)
                .toList();
    }
}
