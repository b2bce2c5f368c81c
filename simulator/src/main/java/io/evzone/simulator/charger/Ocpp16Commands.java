package io.evzone.simulator.charger;

import io.evzone.ocpp.v16.messages.*;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How a well-behaved OCPP 1.6 charge point answers each central-system command. */
final class Ocpp16Commands {
    private static final Duration STEP = Duration.ofSeconds(2);
    private static final String VENDOR = "EVZone";

    private final Ocpp16Charger charger;
    private final ChargingLimits limits = new ChargingLimits();
    private FirmwareStatus firmwareStatus = FirmwareStatus.IDLE;
    private int localListVersion;

    Ocpp16Commands(Ocpp16Charger charger) {
        this.charger = charger;
    }

    Ocpp16Response handle(Ocpp16CentralSystemRequest request) {
        return switch (request) {
            case RemoteStartTransactionRequest r -> remoteStart(r);
            case RemoteStopTransactionRequest r -> remoteStop(r);
            case ResetRequest r -> reset(r);
            case ChangeAvailabilityRequest r -> changeAvailability(r);
            case ChangeConfigurationRequest r -> changeConfiguration(r);
            case GetConfigurationRequest r -> getConfiguration(r);
            case UnlockConnectorRequest r -> unlock(r);
            case ReserveNowRequest r ->
                new ReserveNowResponse(ReservationStatus.fromValue(
                        Reservations.reserve(charger, r.connectorId(), r.reservationId(), r.expiryDate())));
            case CancelReservationRequest r ->
                new CancelReservationResponse(
                        Reservations.cancel(charger, r.reservationId())
                                ? CancelReservationStatus.ACCEPTED
                                : CancelReservationStatus.REJECTED);
            case SetChargingProfileRequest r -> setChargingProfile(r);
            case ClearChargingProfileRequest r -> clearChargingProfile(r);
            case GetCompositeScheduleRequest r -> compositeSchedule(r);
            case UpdateFirmwareRequest r -> updateFirmware(r);
            case SignedUpdateFirmwareRequest r -> signedUpdateFirmware(r);
            case TriggerMessageRequest r ->
                new TriggerMessageResponse(TriggerMessageStatus.fromValue(
                        trigger(r.requestedMessage().value(), r.connectorId())));
            case ExtendedTriggerMessageRequest r ->
                new ExtendedTriggerMessageResponse(TriggerMessageStatusEnumType.fromValue(
                        trigger(r.requestedMessage().value(), r.connectorId())));
            case SendLocalListRequest r -> sendLocalList(r);
            case GetLocalListVersionRequest r ->
                new GetLocalListVersionResponse(
                        charger.configuration().boolValue("LocalAuthListEnabled") ? localListVersion : -1);
            case DataTransferRequest r ->
                VENDOR.equals(r.vendorId())
                        ? new DataTransferResponse(DataTransferStatus.ACCEPTED, r.data())
                        : new DataTransferResponse(DataTransferStatus.UNKNOWN_VENDOR_ID, null);
            case GetDiagnosticsRequest r -> diagnostics();
            case GetLogRequest r -> log(r);
            case ClearCacheRequest r -> new ClearCacheResponse(ClearCacheStatus.ACCEPTED);
            case CertificateSignedRequest r -> new CertificateSignedResponse(CertificateSignedStatusEnumType.REJECTED);
            case DeleteCertificateRequest r -> new DeleteCertificateResponse(DeleteCertificateStatusEnumType.NOT_FOUND);
            case GetInstalledCertificateIdsRequest r ->
                new GetInstalledCertificateIdsResponse(null, GetInstalledCertificateStatusEnumType.NOT_FOUND);
            case InstallCertificateRequest r ->
                new InstallCertificateResponse(InstallCertificateStatusEnumType.ACCEPTED);
        };
    }

    private RemoteStartTransactionResponse remoteStart(RemoteStartTransactionRequest r) {
        Connector c = r.connectorId() == null
                ? charger.connectors().stream()
                        .filter(Connector::canStart)
                        .findFirst()
                        .orElse(null)
                : charger.connector(r.connectorId());
        if (c == null || !c.canStart()) {
            return new RemoteStartTransactionResponse(RemoteStartStopStatus.REJECTED);
        }
        boolean authorize = charger.configuration().boolValue(ChargerConfiguration.AUTHORIZE_REMOTE_TX_REQUESTS);
        charger.afterReply(() -> charger.startSession(c.id(), r.idTag(), null, authorize));
        return new RemoteStartTransactionResponse(RemoteStartStopStatus.ACCEPTED);
    }

    private RemoteStopTransactionResponse remoteStop(RemoteStopTransactionRequest r) {
        Connector c = charger.connectorWithTransaction(r.transactionId());
        if (c == null) {
            return new RemoteStopTransactionResponse(RemoteStartStopStatus.REJECTED);
        }
        charger.afterReply(() -> charger.stopSession(c.id(), StopReason.REMOTE));
        return new RemoteStopTransactionResponse(RemoteStartStopStatus.ACCEPTED);
    }

    private ResetResponse reset(ResetRequest r) {
        charger.rebootAfterReply(
                SimulatedCharger.BootCause.REMOTE_RESET,
                r.type() == ResetType.HARD ? StopReason.HARD_RESET : StopReason.SOFT_RESET);
        return new ResetResponse(ResetStatus.ACCEPTED);
    }

    private ChangeAvailabilityResponse changeAvailability(ChangeAvailabilityRequest r) {
        var outcome = Availability.change(charger, r.connectorId(), r.type() == AvailabilityType.OPERATIVE);
        return new ChangeAvailabilityResponse(AvailabilityStatus.fromValue(outcome));
    }

    private ChangeConfigurationResponse changeConfiguration(ChangeConfigurationRequest r) {
        var outcome = charger.configuration().change(r.key(), r.value());
        if (outcome == ChargerConfiguration.Change.ACCEPTED) {
            charger.configurationChanged(r.key());
        }
        return new ChangeConfigurationResponse(
                switch (outcome) {
                    case ACCEPTED -> ConfigurationStatus.ACCEPTED;
                    case REJECTED -> ConfigurationStatus.REJECTED;
                    case NOT_SUPPORTED -> ConfigurationStatus.NOT_SUPPORTED;
                });
    }

    private GetConfigurationResponse getConfiguration(GetConfigurationRequest r) {
        List<KeyValue> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (r.key() == null || r.key().isEmpty()) {
            charger.configuration().all().forEach(k -> known.add(new KeyValue(k.name(), k.readonly(), k.value())));
        } else {
            for (String name : r.key()) {
                charger.configuration()
                        .get(name)
                        .ifPresentOrElse(
                                k -> known.add(new KeyValue(k.name(), k.readonly(), k.value())),
                                () -> unknown.add(name));
            }
        }
        return new GetConfigurationResponse(known.isEmpty() ? null : known, unknown.isEmpty() ? null : unknown);
    }

    private UnlockConnectorResponse unlock(UnlockConnectorRequest r) {
        Connector c = charger.connector(r.connectorId());
        if (c == null) {
            return new UnlockConnectorResponse(UnlockStatus.NOT_SUPPORTED);
        }
        // OCPP 1.6 §5.18: unlocking a connector with a transaction stops the transaction first.
        if (c.transaction() != null) {
            charger.afterReply(() -> charger.stopSession(c.id(), StopReason.UNLOCK_COMMAND));
        }
        return new UnlockConnectorResponse(UnlockStatus.UNLOCKED);
    }

    private SetChargingProfileResponse setChargingProfile(SetChargingProfileRequest r) {
        ChargingProfile profile = r.csChargingProfiles();
        Connector c = charger.connector(r.connectorId());
        boolean txProfile = profile.chargingProfilePurpose() == ChargingProfilePurposeType.TX_PROFILE;
        if ((r.connectorId() != 0 && c == null) || (txProfile && (c == null || c.transaction() == null))) {
            return new SetChargingProfileResponse(ChargingProfileStatus.REJECTED);
        }
        ChargingSchedule schedule = profile.chargingSchedule();
        ChargingSchedulePeriod first = schedule.chargingSchedulePeriod().getFirst();
        double watts = ChargingLimits.watts(
                schedule.chargingRateUnit() == ChargingRateUnitType.A,
                first.limit().doubleValue(),
                first.numberPhases());
        limits.install(
                new ChargingLimits.Profile(
                        profile.chargingProfileId(),
                        r.connectorId(),
                        profile.chargingProfilePurpose().value(),
                        profile.stackLevel(),
                        watts),
                charger.connectors());
        return new SetChargingProfileResponse(ChargingProfileStatus.ACCEPTED);
    }

    private ClearChargingProfileResponse clearChargingProfile(ClearChargingProfileRequest r) {
        boolean cleared = limits.clear(
                p -> (r.id() == null || p.id() == r.id())
                        && (r.connectorId() == null || p.connectorId() == r.connectorId())
                        && (r.chargingProfilePurpose() == null
                                || p.purpose().equals(r.chargingProfilePurpose().value()))
                        && (r.stackLevel() == null || p.stackLevel() == r.stackLevel()),
                charger.connectors());
        return new ClearChargingProfileResponse(
                cleared ? ClearChargingProfileStatus.ACCEPTED : ClearChargingProfileStatus.UNKNOWN);
    }

    private GetCompositeScheduleResponse compositeSchedule(GetCompositeScheduleRequest r) {
        Connector c = charger.connector(r.connectorId());
        if (r.connectorId() != 0 && c == null) {
            return new GetCompositeScheduleResponse(GetCompositeScheduleStatus.REJECTED, null, null, null);
        }
        double watts = c != null && c.limitW() != null ? c.limitW() : charger.power.ratedW();
        boolean amperes = r.chargingRateUnit() == ChargingRateUnitType.A;
        double limit = amperes ? watts / ChargingLimits.watts(true, 1, 3) : watts;
        Instant start = charger.now();
        var period = new ChargingSchedulePeriod(0, java.math.BigDecimal.valueOf(Math.round(limit * 10) / 10.0), null);
        var schedule = new ChargingSchedule(
                r.duration(), start, amperes ? ChargingRateUnitType.A : ChargingRateUnitType.W, List.of(period), null);
        return new GetCompositeScheduleResponse(GetCompositeScheduleStatus.ACCEPTED, r.connectorId(), start, schedule);
    }

    private UpdateFirmwareResponse updateFirmware(UpdateFirmwareRequest r) {
        Duration wait = Duration.between(charger.now(), r.retrieveDate());
        List<Runnable> steps = new ArrayList<>();
        for (FirmwareStatus status : List.of(
                FirmwareStatus.DOWNLOADING,
                FirmwareStatus.DOWNLOADED,
                FirmwareStatus.INSTALLING,
                FirmwareStatus.INSTALLED)) {
            steps.add(() -> {
                firmwareStatus = status;
                charger.send(new FirmwareStatusNotificationRequest(status));
            });
        }
        charger.sequence(wait.isNegative() ? Duration.ZERO : wait, STEP, steps);
        return new UpdateFirmwareResponse();
    }

    private SignedUpdateFirmwareResponse signedUpdateFirmware(SignedUpdateFirmwareRequest r) {
        List<Runnable> steps = new ArrayList<>();
        for (FirmwareStatusEnumType status : List.of(
                FirmwareStatusEnumType.DOWNLOADING,
                FirmwareStatusEnumType.DOWNLOADED,
                FirmwareStatusEnumType.SIGNATURE_VERIFIED,
                FirmwareStatusEnumType.INSTALLING,
                FirmwareStatusEnumType.INSTALLED)) {
            steps.add(() -> charger.send(new SignedFirmwareStatusNotificationRequest(status, r.requestId())));
        }
        charger.sequence(Duration.ZERO, STEP, steps);
        return new SignedUpdateFirmwareResponse(UpdateFirmwareStatusEnumType.ACCEPTED);
    }

    /** TriggerMessage and ExtendedTriggerMessage share their values; the answer is Accepted, Rejected or NotImplemented. */
    private String trigger(String message, Integer connectorId) {
        Connector c = connectorId == null ? null : charger.connector(connectorId);
        if (connectorId != null && connectorId != 0 && c == null) {
            return "Rejected";
        }
        List<Connector> targets = c == null ? charger.connectors() : List.of(c);
        Runnable action = switch (message) {
            case "BootNotification" -> charger::bootAgainAfterReply;
            case "Heartbeat" -> () -> charger.send(charger.heartbeatRequest());
            case "StatusNotification" -> () -> targets.forEach(charger::reportStatus);
            case "MeterValues" ->
                () -> targets.forEach(t -> charger.send(new MeterValuesRequest(
                        t.id(),
                        t.transaction() == null ? null : Ocpp16Charger.transactionId(t.transaction()),
                        List.of(charger.meterValue(t, t.transaction(), ReadingContext.TRIGGER)))));
            case "FirmwareStatusNotification" ->
                () -> charger.send(new FirmwareStatusNotificationRequest(firmwareStatus));
            case "DiagnosticsStatusNotification" ->
                () -> charger.send(new DiagnosticsStatusNotificationRequest(DiagnosticsStatus.IDLE));
            case "LogStatusNotification" ->
                () -> charger.send(new LogStatusNotificationRequest(UploadLogStatusEnumType.IDLE, null));
            default -> null;
        };
        if (action == null) {
            return message.startsWith("Sign") ? "Rejected" : "NotImplemented";
        }
        if (message.equals("BootNotification")) {
            action.run();
        } else {
            charger.afterReply(action);
        }
        return "Accepted";
    }

    private SendLocalListResponse sendLocalList(SendLocalListRequest r) {
        if (!charger.configuration().boolValue("LocalAuthListEnabled")) {
            return new SendLocalListResponse(UpdateStatus.NOT_SUPPORTED);
        }
        if (r.updateType() == UpdateType.DIFFERENTIAL && r.listVersion() <= localListVersion) {
            return new SendLocalListResponse(UpdateStatus.VERSION_MISMATCH);
        }
        localListVersion = r.listVersion();
        return new SendLocalListResponse(UpdateStatus.ACCEPTED);
    }

    private GetDiagnosticsResponse diagnostics() {
        charger.sequence(
                STEP,
                STEP,
                List.of(
                        () -> charger.send(new DiagnosticsStatusNotificationRequest(DiagnosticsStatus.UPLOADING)),
                        () -> charger.send(new DiagnosticsStatusNotificationRequest(DiagnosticsStatus.UPLOADED))));
        return new GetDiagnosticsResponse("diagnostics-" + charger.id() + ".log");
    }

    private GetLogResponse log(GetLogRequest r) {
        charger.sequence(
                STEP,
                STEP,
                List.of(
                        () -> charger.send(
                                new LogStatusNotificationRequest(UploadLogStatusEnumType.UPLOADING, r.requestId())),
                        () -> charger.send(
                                new LogStatusNotificationRequest(UploadLogStatusEnumType.UPLOADED, r.requestId()))));
        return new GetLogResponse(LogStatusEnumType.ACCEPTED, "log-" + charger.id() + ".log");
    }
}
