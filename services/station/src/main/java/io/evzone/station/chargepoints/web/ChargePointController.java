package io.evzone.station.chargepoints.web;

import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.station.chargepoints.application.ChargePointQueries;
import io.evzone.station.chargepoints.application.ConnectorPlan;
import io.evzone.station.chargepoints.application.DecideRegistration;
import io.evzone.station.chargepoints.application.DeleteChargePoint;
import io.evzone.station.chargepoints.application.DescribeConnector;
import io.evzone.station.chargepoints.application.ProvisionChargePoint;
import io.evzone.station.chargepoints.application.UpdateChargePoint;
import io.evzone.station.chargepoints.domain.ChargePointFilter;
import io.evzone.station.chargepoints.domain.Hardware;
import io.evzone.station.chargepoints.domain.StatusHistoryEntry;
import io.evzone.station.chargepoints.web.ChargePointResponse.ConnectorResponse;
import io.evzone.station.shared.domain.ConnectorType;
import io.evzone.station.shared.domain.PowerType;
import io.evzone.station.shared.web.Authorities;
import io.evzone.station.shared.web.Paging;
import io.evzone.station.shared.web.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@RequestMapping("/api/v1/charge-points")
@Tag(
        name = "Charge points",
        description = "The charger registry: provisioning, credentials, approval, connectors and their live status."
                + " Reads need stations.read, writes stations.write; scoped to the caller's organization.")
class ChargePointController {

    private final ProvisionChargePoint provision;
    private final UpdateChargePoint update;
    private final DeleteChargePoint delete;
    private final DecideRegistration decide;
    private final DescribeConnector describeConnector;
    private final ChargePointQueries queries;
    private final OcppConnectionDetails connection;

    ChargePointController(
            ProvisionChargePoint provision,
            UpdateChargePoint update,
            DeleteChargePoint delete,
            DecideRegistration decide,
            DescribeConnector describeConnector,
            ChargePointQueries queries,
            OcppConnectionDetails connection) {
        this.provision = provision;
        this.update = update;
        this.delete = delete;
        this.decide = decide;
        this.describeConnector = describeConnector;
        this.queries = queries;
        this.connection = connection;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Provision a charge point",
            description = "Needs stations.write. Answers the charge point with its one-time ocppCredentials: the"
                    + " password is never shown again (rotate to issue a new one).")
    @ApiResponse(responseCode = "201", description = "Provisioned")
    @ApiResponse(responseCode = "400", description = "Invalid fields, named in the problem's message")
    @ApiResponse(responseCode = "409", description = "The OCPP id is taken")
    ChargePointResponse create(@Valid @RequestBody CreateChargePointRequest request) {
        var provisioned = provision.handle(new ProvisionChargePoint.Provisioning(
                request.ocppId(),
                request.stationId(),
                request.organizationId(),
                new Hardware(
                        request.manufacturer(), request.model(), request.serialNumber(), request.firmwareVersion()),
                OcppConnectionDetails.version(request.ocppVersion()),
                request.authProfile(),
                request.connectors() == null
                        ? List.of()
                        : request.connectors().stream()
                                .map(ConnectorRequest::plan)
                                .toList(),
                Scopes.current()));
        return ChargePointResponse.of(
                provisioned.chargePoint(),
                provisioned.connectors(),
                connection.of(provisioned.chargePoint(), provisioned.credentials()));
    }

    @GetMapping
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "List charge points",
            description = "Needs stations.read. Ordered by OCPP id; ocppId (repeatable, up to 200) looks up several"
                    + " chargers in one request.")
    List<ChargePointResponse> list(
            @RequestParam(required = false) UUID stationId,
            @RequestParam(required = false)
                    @Parameter(description = "Registration status: ACCEPTED, PENDING (awaiting approval) or REJECTED")
                    RegistrationStatus status,
            @RequestParam(required = false) Boolean online,
            @RequestParam(required = false) @Parameter(description = "true: only charge points without a station")
                    Boolean unassigned,
            @RequestParam(required = false)
                    @Size(max = Paging.MAX_LIMIT)
                    @Parameter(description = "Only these OCPP ids (repeat the parameter, up to 200)")
                    List<String> ocppId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        var filter = new ChargePointFilter(
                Scopes.current(),
                stationId,
                status,
                online,
                unassigned,
                ocppId,
                Paging.limit(limit),
                Paging.offset(offset));
        return queries.list(filter).stream().map(ChargePointResponse::of).toList();
    }

    @GetMapping("/by-ocpp/{ocppId}")
    @PreAuthorize(Authorities.READ)
    @Operation(summary = "Find a charge point by its OCPP identity", description = "Needs stations.read.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    ChargePointResponse byOcppId(@PathVariable String ocppId) {
        return ChargePointResponse.of(queries.byOcppId(ocppId, Scopes.current()));
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorities.READ)
    @Operation(summary = "Get a charge point with its connectors", description = "Needs stations.read.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    ChargePointResponse get(@PathVariable UUID id) {
        return ChargePointResponse.of(queries.get(id, Scopes.current()));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Describe a charge point or place it at a station",
            description = "Needs stations.write. stationId places it (it joins the station's organization);"
                    + " unassign: true takes it off its station. Absent fields keep their value.")
    @ApiResponse(responseCode = "200", description = "The result, as changed")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    ChargePointResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateChargePointRequest request) {
        update.handle(
                id,
                new UpdateChargePoint.Change(
                        new Hardware(
                                request.manufacturer(),
                                request.model(),
                                request.serialNumber(),
                                request.firmwareVersion()),
                        OcppConnectionDetails.version(request.ocppVersion()),
                        request.stationId(),
                        Boolean.TRUE.equals(request.unassign())),
                Scopes.current());
        return ChargePointResponse.of(queries.get(id, Scopes.current()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Delete a charge point",
            description = "Needs stations.write. The gateway drops its connection.")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    void delete(@PathVariable UUID id) {
        delete.handle(id, Scopes.current());
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Accept a pending or rejected charger",
            description = "Needs stations.write. Its next BootNotification is answered Accepted.")
    @ApiResponse(responseCode = "200", description = "Approved; the charge point")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    ChargePointResponse approve(@PathVariable UUID id) {
        decide.handle(id, RegistrationStatus.ACCEPTED, Scopes.current());
        return ChargePointResponse.of(queries.get(id, Scopes.current()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Reject a charger",
            description = "Needs stations.write. Its next BootNotification is answered Rejected.")
    @ApiResponse(responseCode = "200", description = "Rejected; the charge point")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    ChargePointResponse reject(@PathVariable UUID id) {
        decide.handle(id, RegistrationStatus.REJECTED, Scopes.current());
        return ChargePointResponse.of(queries.get(id, Scopes.current()));
    }

    @GetMapping("/{id}/connectors")
    @PreAuthorize(Authorities.READ)
    @Operation(summary = "A charge point's connectors with their live status", description = "Needs stations.read.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "Unknown, or another organization's")
    List<ConnectorResponse> connectors(@PathVariable UUID id) {
        var view = queries.get(id, Scopes.current());
        return view.connectors().stream()
                .map(c -> ConnectorResponse.of(c, view.chargePoint()))
                .toList();
    }

    @PatchMapping("/{id}/connectors/{connectorId}")
    @PreAuthorize(Authorities.WRITE)
    @Operation(
            summary = "Describe a connector's plug and power",
            description = "Needs stations.write. connectorId is the connector's id from the connector list.")
    @ApiResponse(responseCode = "200", description = "The result, as changed")
    @ApiResponse(responseCode = "404", description = "Unknown charge point or connector")
    ConnectorResponse describeConnector(
            @PathVariable UUID id, @PathVariable UUID connectorId, @Valid @RequestBody ConnectorChange request) {
        var described = describeConnector.handle(
                id,
                connectorId,
                ConnectorType.parse("type", request.type()),
                request.powerType(),
                request.maxPowerKw(),
                Scopes.current());
        return ConnectorResponse.of(described, queries.get(id, Scopes.current()).chargePoint());
    }

    @GetMapping("/{id}/connectors/{connectorId}/history")
    @PreAuthorize(Authorities.READ)
    @Operation(
            summary = "A connector's status history, newest first",
            description = "Needs stations.read. Every report is kept, including repeats and late arrivals.")
    @ApiResponse(responseCode = "200", description = "Found")
    @ApiResponse(responseCode = "404", description = "Unknown charge point or connector")
    List<StatusHistoryEntry> history(
            @PathVariable UUID id,
            @PathVariable UUID connectorId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return queries.history(id, connectorId, Scopes.current(), Paging.limit(limit), Paging.offset(offset));
    }

    record ConnectorRequest(
            @NotNull String type,
            @NotNull PowerType powerType,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("2000")
            BigDecimal maxPowerKw,

            @Min(1) Integer evseId,
            @Min(1) Integer connectorId) {

        ConnectorPlan plan() {
            return new ConnectorPlan(ConnectorType.parse("type", type), powerType, maxPowerKw, evseId, connectorId);
        }
    }

    record CreateChargePointRequest(
            @NotBlank @Size(max = 48) String ocppId,
            UUID stationId,
            @Size(max = 64) String model,
            @Size(max = 64) String manufacturer,
            @Size(max = 64) String serialNumber,
            @Size(max = 64) String firmwareVersion,
            @Size(max = 50) List<@Valid @NotNull ConnectorRequest> connectors,
            String ocppVersion,
            @Min(1) @Max(3) Integer authProfile,
            String organizationId) {}

    record UpdateChargePointRequest(
            UUID stationId,
            Boolean unassign,
            @Size(max = 64) String model,
            @Size(max = 64) String manufacturer,
            @Size(max = 64) String serialNumber,
            @Size(max = 64) String firmwareVersion,
            String ocppVersion) {}

    record ConnectorChange(
            String type,
            PowerType powerType,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("2000")
            BigDecimal maxPowerKw) {}
}
