package io.evzone.station.chargepoints.web;

import io.evzone.platform.security.Caller;
import io.evzone.station.chargepoints.application.ChargePointQueries;
import io.evzone.station.chargepoints.application.RotateCredentials;
import io.evzone.station.shared.web.Authorities;
import io.evzone.station.shared.web.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/charge-points")
@Tag(name = "Charge points")
class CredentialRotationController {

    private final RotateCredentials rotate;
    private final ChargePointQueries queries;
    private final OcppConnectionDetails connection;

    CredentialRotationController(
            RotateCredentials rotate, ChargePointQueries queries, OcppConnectionDetails connection) {
        this.rotate = rotate;
        this.queries = queries;
        this.connection = connection;
    }

    record RotateRequest(@Min(1) @Max(3) Integer authProfile) {}

    @PostMapping("/{id}/credentials/rotate")
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Issue new OCPP credentials",
            description = "Needs stations.write. A charger that keeps its Basic-auth profile (1 or 2) is sent the"
                    + " new password (1.6 ChangeConfiguration AuthorizationKey, 2.0.1 SetVariables"
                    + " SecurityCtrlr.BasicAuthPassword; ocppCredentials.rotationCommandId names the command): the old"
                    + " password stays valid until the charger connects with the new one, and stays the only one if"
                    + " the charger refuses it. The body may name another authProfile (1, 2 or 3): then the new"
                    + " credentials are in force at once and the charger must be set up with them by hand. The new"
                    + " password is shown only in this answer.")
    @ApiResponse(responseCode = "200", description = "The charge point with its new credentials, shown once")
    @ApiResponse(responseCode = "400", description = "authProfile not 1, 2 or 3")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    ChargePointResponse rotate(@PathVariable UUID id, @Valid @RequestBody(required = false) RotateRequest request) {
        var claims = Caller.current();
        var rotated =
                rotate.handle(id, request == null ? null : request.authProfile(), Scopes.of(claims), claims.userId());
        var view = queries.get(id, Scopes.of(claims));
        return ChargePointResponse.of(
                view.chargePoint(),
                view.connectors(),
                connection.of(
                        rotated.chargePoint(),
                        rotated.credentials(),
                        rotated.command() == null ? null : rotated.command().id()));
    }
}
