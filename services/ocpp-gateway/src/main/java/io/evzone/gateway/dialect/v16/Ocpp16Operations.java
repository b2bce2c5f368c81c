package io.evzone.gateway.dialect.v16;

import static io.evzone.gateway.dialect.OcppCalls.invalid;

import io.evzone.contracts.charger.command.CancelReservation;
import io.evzone.contracts.charger.command.CertificateSigned;
import io.evzone.contracts.charger.command.ChangeAvailability;
import io.evzone.contracts.charger.command.ChangeConfiguration;
import io.evzone.contracts.charger.command.ChargerCommand;
import io.evzone.contracts.charger.command.ClearCache;
import io.evzone.contracts.charger.command.ClearChargingProfile;
import io.evzone.contracts.charger.command.ClearDisplayMessage;
import io.evzone.contracts.charger.command.ConfigurationKey;
import io.evzone.contracts.charger.command.CostUpdated;
import io.evzone.contracts.charger.command.DataTransfer;
import io.evzone.contracts.charger.command.DeleteCertificate;
import io.evzone.contracts.charger.command.GetCompositeSchedule;
import io.evzone.contracts.charger.command.GetConfiguration;
import io.evzone.contracts.charger.command.GetDisplayMessages;
import io.evzone.contracts.charger.command.GetInstalledCertificateIds;
import io.evzone.contracts.charger.command.GetLocalListVersion;
import io.evzone.contracts.charger.command.GetLog;
import io.evzone.contracts.charger.command.GetReport;
import io.evzone.contracts.charger.command.InstallCertificate;
import io.evzone.contracts.charger.command.RawOcpp;
import io.evzone.contracts.charger.command.RemoteStart;
import io.evzone.contracts.charger.command.RemoteStop;
import io.evzone.contracts.charger.command.ReserveNow;
import io.evzone.contracts.charger.command.Reset;
import io.evzone.contracts.charger.command.SendLocalList;
import io.evzone.contracts.charger.command.SetChargerPassword;
import io.evzone.contracts.charger.command.SetChargingProfile;
import io.evzone.contracts.charger.command.SetDisplayMessage;
import io.evzone.contracts.charger.command.TriggerMessage;
import io.evzone.contracts.charger.command.UnlockConnector;
import io.evzone.contracts.charger.command.UpdateFirmware;
import io.evzone.gateway.dialect.OcppCalls;
import io.evzone.gateway.rpc.Translation;
import io.evzone.ocpp.v16.messages.AvailabilityType;
import io.evzone.ocpp.v16.messages.CancelReservationRequest;
import io.evzone.ocpp.v16.messages.CertificateSignedRequest;
import io.evzone.ocpp.v16.messages.ChangeAvailabilityRequest;
import io.evzone.ocpp.v16.messages.ChangeConfigurationRequest;
import io.evzone.ocpp.v16.messages.ClearCacheRequest;
import io.evzone.ocpp.v16.messages.ClearChargingProfileRequest;
import io.evzone.ocpp.v16.messages.DataTransferRequest;
import io.evzone.ocpp.v16.messages.DeleteCertificateRequest;
import io.evzone.ocpp.v16.messages.ExtendedTriggerMessageRequest;
import io.evzone.ocpp.v16.messages.FirmwareType;
import io.evzone.ocpp.v16.messages.GetCompositeScheduleRequest;
import io.evzone.ocpp.v16.messages.GetConfigurationRequest;
import io.evzone.ocpp.v16.messages.GetDiagnosticsRequest;
import io.evzone.ocpp.v16.messages.GetInstalledCertificateIdsRequest;
import io.evzone.ocpp.v16.messages.GetLocalListVersionRequest;
import io.evzone.ocpp.v16.messages.GetLogRequest;
import io.evzone.ocpp.v16.messages.InstallCertificateRequest;
import io.evzone.ocpp.v16.messages.LogEnumType;
import io.evzone.ocpp.v16.messages.LogParametersType;
import io.evzone.ocpp.v16.messages.MessageTrigger;
import io.evzone.ocpp.v16.messages.MessageTriggerEnumType;
import io.evzone.ocpp.v16.messages.RemoteStartTransactionRequest;
import io.evzone.ocpp.v16.messages.RemoteStopTransactionRequest;
import io.evzone.ocpp.v16.messages.ReserveNowRequest;
import io.evzone.ocpp.v16.messages.ResetRequest;
import io.evzone.ocpp.v16.messages.ResetType;
import io.evzone.ocpp.v16.messages.SendLocalListRequest;
import io.evzone.ocpp.v16.messages.SetChargingProfileRequest;
import io.evzone.ocpp.v16.messages.SignedUpdateFirmwareRequest;
import io.evzone.ocpp.v16.messages.TriggerMessageRequest;
import io.evzone.ocpp.v16.messages.UnlockConnectorRequest;
import io.evzone.ocpp.v16.messages.UpdateFirmwareRequest;
import io.evzone.ocpp.v16.messages.UpdateType;
import java.util.function.Function;

/**
 * Every version-neutral operation as an OCPP 1.6 CALL (with the security extension), or what 1.6 lacks. The switch
 * is exhaustive over the sealed {@link ChargerCommand}: a new operation does not compile until it has a case here.
 */
public final class Ocpp16Operations {

    private final OcppCalls calls;

    Ocpp16Operations(OcppCalls calls) {
        this.calls = calls;
    }

    /** This version's translation of every command, given the calls it builds on. */
    public static Function<ChargerCommand, Translation> translator(OcppCalls calls) {
        return new Ocpp16Operations(calls)::translate;
    }

    Translation translate(ChargerCommand command) {
        return switch (command) {
            case Reset r when r.evseId() != null -> calls.notInThisVersion(r, "1.6 resets the whole charge point");
            case Reset r -> calls.send(new ResetRequest(r.type() == Reset.Type.HARD ? ResetType.HARD : ResetType.SOFT));
            case RemoteStart s ->
                calls.send(new RemoteStartTransactionRequest(
                        connector(s.connectorId(), s.evseId()),
                        s.idToken().value(),
                        s.chargingProfile() == null ? null : Ocpp16Values.profile(s.chargingProfile())));
            case RemoteStop s -> calls.send(new RemoteStopTransactionRequest(transactionId(s.transactionId())));
            case UnlockConnector u -> calls.send(new UnlockConnectorRequest(connector(u.connectorId(), u.evseId())));
            case ChangeAvailability a ->
                calls.send(new ChangeAvailabilityRequest(
                        orZero(connector(a.connectorId(), a.evseId())),
                        a.operative() ? AvailabilityType.OPERATIVE : AvailabilityType.INOPERATIVE));
            case ReserveNow r ->
                calls.send(new ReserveNowRequest(
                        orZero(connector(r.connectorId(), r.evseId())),
                        r.expiresAt(),
                        r.idToken().value(),
                        r.groupId(),
                        r.reservationId()));
            case CancelReservation c -> calls.send(new CancelReservationRequest(c.reservationId()));
            case SetChargingProfile p ->
                calls.send(new SetChargingProfileRequest(p.evseId(), Ocpp16Values.profile(p.chargingProfile())));
            case ClearChargingProfile c ->
                calls.send(new ClearChargingProfileRequest(
                        c.chargingProfileId(),
                        c.evseId(),
                        c.purpose() == null ? null : Ocpp16Values.purpose(c.purpose()),
                        c.stackLevel()));
            case GetCompositeSchedule g ->
                calls.send(new GetCompositeScheduleRequest(
                        g.evseId(), g.durationSeconds(), Ocpp16Values.rateUnit(g.rateUnit())));
            case TriggerMessage t -> trigger(t);
            case GetConfiguration g ->
                calls.send(new GetConfigurationRequest(
                        g.keys().isEmpty()
                                ? null
                                : g.keys().stream()
                                        .map(ConfigurationKey::variable)
                                        .toList()));
            case ChangeConfiguration c ->
                calls.send(new ChangeConfigurationRequest(c.key().variable(), c.value()));
            case GetReport r -> calls.send(new GetConfigurationRequest(null));
            case ClearCache c -> calls.send(new ClearCacheRequest());
            case SendLocalList l ->
                calls.send(new SendLocalListRequest(
                        l.version(),
                        l.entries().stream().map(Ocpp16Values::entry).toList(),
                        l.updateType() == SendLocalList.UpdateType.FULL ? UpdateType.FULL : UpdateType.DIFFERENTIAL));
            case GetLocalListVersion v -> calls.send(new GetLocalListVersionRequest());
            case GetLog g -> log(g);
            case UpdateFirmware f -> firmware(f);
            case DataTransfer d -> calls.send(new DataTransferRequest(d.vendorId(), d.messageId(), d.data()));
            case CostUpdated c -> calls.notInThisVersion(c, "1.6 has no running cost message");
            case SetDisplayMessage m -> calls.notInThisVersion(m, "1.6 has no display messages");
            case GetDisplayMessages m -> calls.notInThisVersion(m, "1.6 has no display messages");
            case ClearDisplayMessage m -> calls.notInThisVersion(m, "1.6 has no display messages");
            case InstallCertificate i ->
                Ocpp16Values.certificateUse(i.use())
                        .map(use -> calls.send(new InstallCertificateRequest(use, i.certificate())))
                        .orElseGet(() -> calls.notInThisVersion(i, "1.6 installs CSMS and manufacturer roots only"));
            case GetInstalledCertificateIds g -> installedCertificates(g);
            case DeleteCertificate d -> calls.send(new DeleteCertificateRequest(Ocpp16Values.hash(d.hash())));
            case CertificateSigned s when s.v2g() -> calls.notInThisVersion(s, "1.6 has no V2G certificates");
            case CertificateSigned s -> calls.send(new CertificateSignedRequest(s.certificateChain()));
            // OCPP 1.6 security whitepaper, configuration key AuthorizationKey: the Basic password of profiles 1 and 2.
            case SetChargerPassword p -> calls.send(new ChangeConfigurationRequest("AuthorizationKey", p.password()));
            case RawOcpp raw -> calls.raw(raw);
        };
    }

    private Translation trigger(TriggerMessage t) {
        Integer connector = connector(t.connectorId(), t.evseId());
        return switch (t.message()) {
            case BOOT_NOTIFICATION -> basicTrigger(MessageTrigger.BOOT_NOTIFICATION, connector);
            case HEARTBEAT -> basicTrigger(MessageTrigger.HEARTBEAT, connector);
            case STATUS_NOTIFICATION -> basicTrigger(MessageTrigger.STATUS_NOTIFICATION, connector);
            case METER_VALUES -> basicTrigger(MessageTrigger.METER_VALUES, connector);
            case FIRMWARE_STATUS_NOTIFICATION -> basicTrigger(MessageTrigger.FIRMWARE_STATUS_NOTIFICATION, connector);
            case DIAGNOSTICS_STATUS_NOTIFICATION ->
                basicTrigger(MessageTrigger.DIAGNOSTICS_STATUS_NOTIFICATION, connector);
            case LOG_STATUS_NOTIFICATION ->
                calls.send(
                        new ExtendedTriggerMessageRequest(MessageTriggerEnumType.LOG_STATUS_NOTIFICATION, connector));
            case SIGN_CHARGER_CERTIFICATE ->
                calls.send(new ExtendedTriggerMessageRequest(
                        MessageTriggerEnumType.SIGN_CHARGE_POINT_CERTIFICATE, connector));
            case SIGN_V2G_CERTIFICATE, TRANSACTION_EVENT ->
                calls.notInThisVersion(t, t.message() + " is OCPP 2.0.1 only");
        };
    }

    private Translation basicTrigger(MessageTrigger message, Integer connector) {
        return calls.send(new TriggerMessageRequest(message, connector));
    }

    private Translation log(GetLog g) {
        return switch (g.kind()) {
            case DIAGNOSTICS ->
                calls.send(new GetDiagnosticsRequest(
                        g.location(), g.retries(), g.retryIntervalSeconds(), g.oldest(), g.latest()));
            case SECURITY ->
                calls.send(new GetLogRequest(
                        new LogParametersType(g.location(), g.oldest(), g.latest()),
                        LogEnumType.SECURITY_LOG,
                        g.requestId(),
                        g.retries(),
                        g.retryIntervalSeconds()));
        };
    }

    private Translation firmware(UpdateFirmware f) {
        if (!f.signed()) {
            return calls.send(
                    new UpdateFirmwareRequest(f.location(), f.retries(), f.retrieveAt(), f.retryIntervalSeconds()));
        }
        return calls.send(new SignedUpdateFirmwareRequest(
                f.retries(),
                f.retryIntervalSeconds(),
                f.requestId(),
                new FirmwareType(
                        f.location(),
                        f.retrieveAt(),
                        f.installAt(),
                        f.signature().signingCertificate(),
                        f.signature().signature())));
    }

    private Translation installedCertificates(GetInstalledCertificateIds g) {
        if (g.uses().size() != 1) {
            throw invalid("uses: OCPP 1.6 asks for exactly one certificate use at a time");
        }
        return Ocpp16Values.certificateUse(g.uses().getFirst())
                .map(use -> calls.send(new GetInstalledCertificateIdsRequest(use)))
                .orElseGet(() -> calls.notInThisVersion(g, "1.6 knows CSMS and manufacturer roots only"));
    }

    /** 1.6 numbers connectors only; an EVSE number stands for the connector when none is given. */
    private static Integer connector(Integer connectorId, Integer evseId) {
        return connectorId != null ? connectorId : evseId;
    }

    private static int orZero(Integer connector) {
        return connector == null ? 0 : connector;
    }

    /** OCPP 1.6 §7.x: transactionId is an integer; any 32-bit value, including the gateway's fallback ids. */
    static Integer transactionId(String id) {
        try {
            return Integer.valueOf(id.strip());
        } catch (NumberFormatException e) {
            throw invalid("transactionId: OCPP 1.6 transaction ids are integers; '" + id + "' is not one");
        }
    }
}
