package io.evzone.simulator.charger;

import io.evzone.ocpp.v201.messages.*;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a well-behaved OCPP 2.0.1 charging station answers each CSMS command. */
final class Ocpp201Commands {
    private static final Duration STEP = Duration.ofSeconds(2);
    private static final String VENDOR = "EVZone";

    private final Ocpp201Charger charger;
    private final ChargingLimits limits = new ChargingLimits();
    private final Map<Integer, SetChargingProfileRequest> profiles = new LinkedHashMap<>();
    private final Ocpp201DeviceModelReports reports;
    private FirmwareStatusEnumType firmwareStatus = FirmwareStatusEnumType.IDLE;
    private Integer firmwareRequestId;
    private int localListVersion;

    Ocpp201Commands(Ocpp201Charger charger) {
        this.charger = charger;
        this.reports = new Ocpp201DeviceModelReports(charger);
    }

    Ocpp201Response handle(Ocpp201CsmsRequest request) {
        return switch (request) {
            case RequestStartTransactionRequest r -> requestStart(r);
            case RequestStopTransactionRequest r -> requestStop(r);
            case ResetRequest r -> reset(r);
            case ChangeAvailabilityRequest r ->
                ChangeAvailabilityResponse.of(ChangeAvailabilityStatusEnumType.fromValue(Availability.change(
                        charger,
                        r.evse() == null ? null : r.evse().id(),
                        r.operationalStatus() == OperationalStatusEnumType.OPERATIVE)));
            case GetVariablesRequest r -> reports.getVariables(r);
            case SetVariablesRequest r -> reports.setVariables(r);
            case GetBaseReportRequest r -> reports.baseReport(r);
            case GetReportRequest r -> reports.report(r);
            case UnlockConnectorRequest r -> unlock(r);
            case ReserveNowRequest r ->
                ReserveNowResponse.of(ReserveNowStatusEnumType.fromValue(
                        Reservations.reserve(charger, r.evseId(), r.id(), r.expiryDateTime())));
            case CancelReservationRequest r ->
                CancelReservationResponse.of(
                        Reservations.cancel(charger, r.reservationId())
                                ? CancelReservationStatusEnumType.ACCEPTED
                                : CancelReservationStatusEnumType.REJECTED);
            case SetChargingProfileRequest r -> setChargingProfile(r);
            case ClearChargingProfileRequest r -> clearChargingProfile(r);
            case GetChargingProfilesRequest r -> getChargingProfiles(r);
            case GetCompositeScheduleRequest r -> compositeSchedule(r);
            case UpdateFirmwareRequest r -> updateFirmware(r);
            case TriggerMessageRequest r -> TriggerMessageResponse.of(trigger(r));
            case SendLocalListRequest r -> sendLocalList(r);
            case GetLocalListVersionRequest r -> GetLocalListVersionResponse.of(localListVersion);
            case DataTransferRequest r ->
                VENDOR.equals(r.vendorId())
                        ? new DataTransferResponse(null, DataTransferStatusEnumType.ACCEPTED, null, r.data())
                        : DataTransferResponse.of(DataTransferStatusEnumType.UNKNOWN_VENDOR_ID);
            case GetTransactionStatusRequest r ->
                new GetTransactionStatusResponse(
                        null,
                        r.transactionId() == null ? null : charger.connectorWithTransaction(r.transactionId()) != null,
                        charger.transactionMessagesQueued());
            case GetLogRequest r -> log(r);
            case ClearCacheRequest r -> ClearCacheResponse.of(ClearCacheStatusEnumType.ACCEPTED);
            case CertificateSignedRequest r -> CertificateSignedResponse.of(CertificateSignedStatusEnumType.REJECTED);
            case DeleteCertificateRequest r -> DeleteCertificateResponse.of(DeleteCertificateStatusEnumType.NOT_FOUND);
            case GetInstalledCertificateIdsRequest r ->
                GetInstalledCertificateIdsResponse.of(GetInstalledCertificateStatusEnumType.NOT_FOUND);
            case InstallCertificateRequest r ->
                InstallCertificateResponse.of(InstallCertificateStatusEnumType.ACCEPTED);
            case CostUpdatedRequest r -> CostUpdatedResponse.of();
            case CustomerInformationRequest r ->
                CustomerInformationResponse.of(CustomerInformationStatusEnumType.REJECTED);
            case ClearDisplayMessageRequest r -> ClearDisplayMessageResponse.of(ClearMessageStatusEnumType.UNKNOWN);
            case GetDisplayMessagesRequest r -> GetDisplayMessagesResponse.of(GetDisplayMessagesStatusEnumType.UNKNOWN);
            case SetDisplayMessageRequest r -> SetDisplayMessageResponse.of(DisplayMessageStatusEnumType.REJECTED);
            case ClearVariableMonitoringRequest r ->
                ClearVariableMonitoringResponse.of(r.id().stream()
                        .map(id -> ClearMonitoringResultType.of(ClearMonitoringStatusEnumType.NOT_FOUND, id))
                        .toList());
            case SetVariableMonitoringRequest r ->
                SetVariableMonitoringResponse.of(r.setMonitoringData().stream()
                        .map(d -> SetMonitoringResultType.of(
                                SetMonitoringStatusEnumType.UNSUPPORTED_MONITOR_TYPE,
                                d.type(),
                                d.component(),
                                d.variable(),
                                d.severity()))
                        .toList());
            case GetMonitoringReportRequest r ->
                GetMonitoringReportResponse.of(GenericDeviceModelStatusEnumType.EMPTY_RESULT_SET);
            case SetMonitoringBaseRequest r ->
                SetMonitoringBaseResponse.of(GenericDeviceModelStatusEnumType.NOT_SUPPORTED);
            case SetMonitoringLevelRequest r -> SetMonitoringLevelResponse.of(GenericStatusEnumType.REJECTED);
            case SetNetworkProfileRequest r -> SetNetworkProfileResponse.of(SetNetworkProfileStatusEnumType.REJECTED);
            case PublishFirmwareRequest r -> PublishFirmwareResponse.of(GenericStatusEnumType.REJECTED);
            case UnpublishFirmwareRequest r ->
                UnpublishFirmwareResponse.of(UnpublishFirmwareStatusEnumType.NO_FIRMWARE);
        };
    }

    private RequestStartTransactionResponse requestStart(RequestStartTransactionRequest r) {
        Connector c = r.evseId() == null
                ? charger.connectors().stream()
                        .filter(Connector::canStart)
                        .findFirst()
                        .orElse(null)
                : charger.connector(r.evseId());
        if (c == null || !c.canStart()) {
            return RequestStartTransactionResponse.of(RequestStartStopStatusEnumType.REJECTED);
        }
        boolean authorize = charger.configuration().boolValue(ChargerConfiguration.AUTHORIZE_REMOTE_TX_REQUESTS);
        charger.rememberRemoteToken(c.id(), r.idToken());
        charger.afterReply(() -> charger.startSession(c.id(), r.idToken().idToken(), r.remoteStartId(), authorize));
        return RequestStartTransactionResponse.of(RequestStartStopStatusEnumType.ACCEPTED);
    }

    private RequestStopTransactionResponse requestStop(RequestStopTransactionRequest r) {
        Connector c = charger.connectorWithTransaction(r.transactionId());
        if (c == null) {
            return RequestStopTransactionResponse.of(RequestStartStopStatusEnumType.REJECTED);
        }
        charger.afterReply(() -> charger.stopSession(c.id(), StopReason.REMOTE));
        return RequestStopTransactionResponse.of(RequestStartStopStatusEnumType.ACCEPTED);
    }

    private ResetResponse reset(ResetRequest r) {
        if (r.evseId() != null) {
            return ResetResponse.of(ResetStatusEnumType.REJECTED);
        }
        // OCPP 2.0.1 B12: OnIdle waits for running transactions to end; Immediate ends them.
        if (r.type() == ResetEnumType.ON_IDLE && charger.anyTransaction()) {
            charger.rebootWhenTransactionsEnd(SimulatedCharger.BootCause.REMOTE_RESET);
            return ResetResponse.of(ResetStatusEnumType.SCHEDULED);
        }
        charger.rebootAfterReply(SimulatedCharger.BootCause.REMOTE_RESET, StopReason.HARD_RESET);
        return ResetResponse.of(ResetStatusEnumType.ACCEPTED);
    }

    private UnlockConnectorResponse unlock(UnlockConnectorRequest r) {
        Connector c = charger.connector(r.evseId());
        if (c == null || r.connectorId() != 1) {
            return UnlockConnectorResponse.of(UnlockStatusEnumType.UNKNOWN_CONNECTOR);
        }
        return UnlockConnectorResponse.of(
                c.transaction() != null
                        ? UnlockStatusEnumType.ONGOING_AUTHORIZED_TRANSACTION
                        : UnlockStatusEnumType.UNLOCKED);
    }

    private SetChargingProfileResponse setChargingProfile(SetChargingProfileRequest r) {
        ChargingProfileType profile = r.chargingProfile();
        Connector c = charger.connector(r.evseId());
        boolean txProfile = profile.chargingProfilePurpose() == ChargingProfilePurposeEnumType.TX_PROFILE;
        if ((r.evseId() != 0 && c == null) || (txProfile && (c == null || c.transaction() == null))) {
            return SetChargingProfileResponse.of(ChargingProfileStatusEnumType.REJECTED);
        }
        ChargingScheduleType schedule = profile.chargingSchedule().getFirst();
        ChargingSchedulePeriodType first = schedule.chargingSchedulePeriod().getFirst();
        double watts = ChargingLimits.watts(
                schedule.chargingRateUnit() == ChargingRateUnitEnumType.A,
                first.limit().doubleValue(),
                first.numberPhases());
        limits.install(
                new ChargingLimits.Profile(
                        profile.id(),
                        r.evseId(),
                        profile.chargingProfilePurpose().value(),
                        profile.stackLevel(),
                        watts),
                charger.connectors());
        profiles.put(profile.id(), r);
        return SetChargingProfileResponse.of(ChargingProfileStatusEnumType.ACCEPTED);
    }

    private ClearChargingProfileResponse clearChargingProfile(ClearChargingProfileRequest r) {
        ClearChargingProfileType criteria = r.chargingProfileCriteria();
        boolean cleared = limits.clear(
                p -> (r.chargingProfileId() == null || p.id() == r.chargingProfileId())
                        && (criteria == null || criteria.evseId() == null || p.connectorId() == criteria.evseId())
                        && (criteria == null
                                || criteria.chargingProfilePurpose() == null
                                || p.purpose()
                                        .equals(criteria.chargingProfilePurpose()
                                                .value()))
                        && (criteria == null
                                || criteria.stackLevel() == null
                                || p.stackLevel() == criteria.stackLevel()),
                charger.connectors());
        profiles.keySet()
                .retainAll(limits.all().stream().map(ChargingLimits.Profile::id).toList());
        return ClearChargingProfileResponse.of(
                cleared ? ClearChargingProfileStatusEnumType.ACCEPTED : ClearChargingProfileStatusEnumType.UNKNOWN);
    }

    private GetChargingProfilesResponse getChargingProfiles(GetChargingProfilesRequest r) {
        Map<Integer, List<ChargingProfileType>> byEvse = new LinkedHashMap<>();
        for (SetChargingProfileRequest installed : profiles.values()) {
            if (r.evseId() == null || r.evseId().equals(installed.evseId())) {
                byEvse.computeIfAbsent(installed.evseId(), k -> new ArrayList<>())
                        .add(installed.chargingProfile());
            }
        }
        if (byEvse.isEmpty()) {
            return GetChargingProfilesResponse.of(GetChargingProfileStatusEnumType.NO_PROFILES);
        }
        int left = byEvse.size();
        for (var entry : byEvse.entrySet()) {
            boolean more = --left > 0;
            charger.afterReply(() -> charger.send(new ReportChargingProfilesRequest(
                    null,
                    r.requestId(),
                    ChargingLimitSourceEnumType.CSO,
                    entry.getValue(),
                    more ? Boolean.TRUE : null,
                    entry.getKey())));
        }
        return GetChargingProfilesResponse.of(GetChargingProfileStatusEnumType.ACCEPTED);
    }

    private GetCompositeScheduleResponse compositeSchedule(GetCompositeScheduleRequest r) {
        Connector c = charger.connector(r.evseId());
        if (r.evseId() != 0 && c == null) {
            return GetCompositeScheduleResponse.of(GenericStatusEnumType.REJECTED);
        }
        double watts = c != null && c.limitW() != null ? c.limitW() : charger.power.ratedW();
        boolean amperes = r.chargingRateUnit() == ChargingRateUnitEnumType.A;
        double limit = amperes ? watts / ChargingLimits.watts(true, 1, 3) : watts;
        var period = ChargingSchedulePeriodType.of(0, BigDecimal.valueOf(Math.round(limit * 10) / 10.0));
        var schedule = CompositeScheduleType.of(
                List.of(period),
                r.evseId(),
                r.duration(),
                charger.now(),
                amperes ? ChargingRateUnitEnumType.A : ChargingRateUnitEnumType.W);
        return new GetCompositeScheduleResponse(null, GenericStatusEnumType.ACCEPTED, null, schedule);
    }

    private UpdateFirmwareResponse updateFirmware(UpdateFirmwareRequest r) {
        Instant retrieve = r.firmware().retrieveDateTime();
        Duration wait = Duration.between(charger.now(), retrieve);
        List<Runnable> steps = new ArrayList<>();
        for (FirmwareStatusEnumType status : List.of(
                FirmwareStatusEnumType.DOWNLOADING,
                FirmwareStatusEnumType.DOWNLOADED,
                FirmwareStatusEnumType.INSTALLING,
                FirmwareStatusEnumType.INSTALLED)) {
            steps.add(() -> {
                firmwareStatus = status;
                firmwareRequestId = r.requestId();
                charger.send(new FirmwareStatusNotificationRequest(null, status, r.requestId()));
            });
        }
        charger.sequence(wait.isNegative() ? Duration.ZERO : wait, STEP, steps);
        return UpdateFirmwareResponse.of(UpdateFirmwareStatusEnumType.ACCEPTED);
    }

    private TriggerMessageStatusEnumType trigger(TriggerMessageRequest r) {
        Connector c = r.evse() == null ? null : charger.connector(r.evse().id());
        if (r.evse() != null && c == null) {
            return TriggerMessageStatusEnumType.REJECTED;
        }
        List<Connector> targets = c == null ? charger.connectors() : List.of(c);
        Runnable action = switch (r.requestedMessage()) {
            case BOOT_NOTIFICATION -> () -> charger.send(charger.bootNotification(SimulatedCharger.BootCause.POWER_UP));
            case HEARTBEAT -> () -> charger.send(charger.heartbeatRequest());
            case STATUS_NOTIFICATION ->
                () -> targets.forEach(t -> charger.send(
                        StatusNotificationRequest.of(charger.now(), Ocpp201Charger.status(t.status()), t.id(), 1)));
            case METER_VALUES ->
                () -> targets.forEach(t -> charger.send(MeterValuesRequest.of(
                        t.id(), List.of(charger.meterValue(t, t.transaction(), ReadingContextEnumType.TRIGGER)))));
            case TRANSACTION_EVENT ->
                () -> targets.stream()
                        .filter(t -> t.transaction() != null)
                        .forEach(t -> charger.meterSample(t, t.transaction()));
            case FIRMWARE_STATUS_NOTIFICATION ->
                () -> charger.send(new FirmwareStatusNotificationRequest(null, firmwareStatus, firmwareRequestId));
            case LOG_STATUS_NOTIFICATION ->
                () -> charger.send(LogStatusNotificationRequest.of(UploadLogStatusEnumType.IDLE));
            default -> null;
        };
        if (action == null) {
            return TriggerMessageStatusEnumType.NOT_IMPLEMENTED;
        }
        charger.afterReply(action);
        return TriggerMessageStatusEnumType.ACCEPTED;
    }

    private SendLocalListResponse sendLocalList(SendLocalListRequest r) {
        if (!charger.configuration().boolValue("LocalAuthListEnabled")) {
            return SendLocalListResponse.of(SendLocalListStatusEnumType.FAILED);
        }
        if (r.updateType() == UpdateEnumType.DIFFERENTIAL && r.versionNumber() <= localListVersion) {
            return SendLocalListResponse.of(SendLocalListStatusEnumType.VERSION_MISMATCH);
        }
        localListVersion = r.versionNumber();
        return SendLocalListResponse.of(SendLocalListStatusEnumType.ACCEPTED);
    }

    private GetLogResponse log(GetLogRequest r) {
        charger.sequence(
                STEP,
                STEP,
                List.of(
                        () -> charger.send(new LogStatusNotificationRequest(
                                null, UploadLogStatusEnumType.UPLOADING, r.requestId())),
                        () -> charger.send(new LogStatusNotificationRequest(
                                null, UploadLogStatusEnumType.UPLOADED, r.requestId()))));
        return new GetLogResponse(null, LogStatusEnumType.ACCEPTED, null, "log-" + charger.id() + ".log");
    }
}
