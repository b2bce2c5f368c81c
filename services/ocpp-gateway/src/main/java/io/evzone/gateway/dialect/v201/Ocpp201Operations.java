package io.evzone.gateway.dialect.v201;

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
import io.evzone.ocpp.v201.messages.CancelReservationRequest;
import io.evzone.ocpp.v201.messages.CertificateSignedRequest;
import io.evzone.ocpp.v201.messages.CertificateSigningUseEnumType;
import io.evzone.ocpp.v201.messages.ChangeAvailabilityRequest;
import io.evzone.ocpp.v201.messages.ClearCacheRequest;
import io.evzone.ocpp.v201.messages.ClearDisplayMessageRequest;
import io.evzone.ocpp.v201.messages.CostUpdatedRequest;
import io.evzone.ocpp.v201.messages.DataTransferRequest;
import io.evzone.ocpp.v201.messages.DeleteCertificateRequest;
import io.evzone.ocpp.v201.messages.EVSEType;
import io.evzone.ocpp.v201.messages.GetBaseReportRequest;
import io.evzone.ocpp.v201.messages.GetCompositeScheduleRequest;
import io.evzone.ocpp.v201.messages.GetDisplayMessagesRequest;
import io.evzone.ocpp.v201.messages.GetInstalledCertificateIdsRequest;
import io.evzone.ocpp.v201.messages.GetLocalListVersionRequest;
import io.evzone.ocpp.v201.messages.GetLogRequest;
import io.evzone.ocpp.v201.messages.GetVariableDataType;
import io.evzone.ocpp.v201.messages.GetVariablesRequest;
import io.evzone.ocpp.v201.messages.IdTokenEnumType;
import io.evzone.ocpp.v201.messages.IdTokenType;
import io.evzone.ocpp.v201.messages.InstallCertificateRequest;
import io.evzone.ocpp.v201.messages.LogEnumType;
import io.evzone.ocpp.v201.messages.LogParametersType;
import io.evzone.ocpp.v201.messages.MessagePriorityEnumType;
import io.evzone.ocpp.v201.messages.MessageStateEnumType;
import io.evzone.ocpp.v201.messages.MessageTriggerEnumType;
import io.evzone.ocpp.v201.messages.OperationalStatusEnumType;
import io.evzone.ocpp.v201.messages.ReportBaseEnumType;
import io.evzone.ocpp.v201.messages.RequestStartTransactionRequest;
import io.evzone.ocpp.v201.messages.RequestStopTransactionRequest;
import io.evzone.ocpp.v201.messages.ReserveNowRequest;
import io.evzone.ocpp.v201.messages.ResetEnumType;
import io.evzone.ocpp.v201.messages.ResetRequest;
import io.evzone.ocpp.v201.messages.SendLocalListRequest;
import io.evzone.ocpp.v201.messages.SetChargingProfileRequest;
import io.evzone.ocpp.v201.messages.SetDisplayMessageRequest;
import io.evzone.ocpp.v201.messages.SetVariableDataType;
import io.evzone.ocpp.v201.messages.SetVariablesRequest;
import io.evzone.ocpp.v201.messages.TriggerMessageRequest;
import io.evzone.ocpp.v201.messages.UnlockConnectorRequest;
import io.evzone.ocpp.v201.messages.UpdateEnumType;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Every version-neutral operation as an OCPP 2.0.1 CALL, or what 2.0.1 lacks. The switch is exhaustive over the sealed
 * {@link ChargerCommand}: a new operation does not compile until it has a case here.
 */
public final class Ocpp201Operations {

    private final OcppCalls calls;

    Ocpp201Operations(OcppCalls calls) {
        this.calls = calls;
    }

    /** This version's translation of every command, given the calls it builds on. */
    public static Function<ChargerCommand, Translation> translator(OcppCalls calls) {
        return new Ocpp201Operations(calls)::translate;
    }

    Translation translate(ChargerCommand command) {
        return switch (command) {
            case Reset r ->
                calls.send(new ResetRequest(
                        null,
                        r.type() == Reset.Type.HARD ? ResetEnumType.IMMEDIATE : ResetEnumType.ON_IDLE,
                        r.evseId()));
            case RemoteStart s ->
                calls.send(new RequestStartTransactionRequest(
                        null,
                        s.evseId() != null ? s.evseId() : s.connectorId(),
                        null,
                        Ocpp201Values.idToken(s.idToken()),
                        s.remoteStartId() != null ? s.remoteStartId() : OcppCalls.randomId(),
                        s.chargingProfile() == null ? null : Ocpp201Values.profile(s.chargingProfile())));
            // OCPP 2.0.1: transactionId is a string of up to 36 characters, sent exactly as the charger reported it.
            case RemoteStop s -> calls.send(new RequestStopTransactionRequest(null, s.transactionId()));
            case UnlockConnector u ->
                calls.send(new UnlockConnectorRequest(
                        null, required(u.evseId(), "evseId"), u.connectorId() == null ? 1 : u.connectorId()));
            case ChangeAvailability a ->
                calls.send(new ChangeAvailabilityRequest(
                        null,
                        evse(a.evseId(), a.connectorId()),
                        a.operative() ? OperationalStatusEnumType.OPERATIVE : OperationalStatusEnumType.INOPERATIVE));
            case ReserveNow r ->
                calls.send(new ReserveNowRequest(
                        null,
                        r.reservationId(),
                        r.expiresAt(),
                        null,
                        Ocpp201Values.idToken(r.idToken()),
                        r.evseId(),
                        r.groupId() == null ? null : IdTokenType.of(r.groupId(), IdTokenEnumType.CENTRAL)));
            case CancelReservation c -> calls.send(new CancelReservationRequest(null, c.reservationId()));
            case SetChargingProfile p ->
                calls.send(new SetChargingProfileRequest(null, p.evseId(), Ocpp201Values.profile(p.chargingProfile())));
            case ClearChargingProfile c -> calls.send(Ocpp201Values.clearProfile(c));
            case GetCompositeSchedule g ->
                calls.send(new GetCompositeScheduleRequest(
                        null, g.durationSeconds(), Ocpp201Values.rateUnit(g.rateUnit()), g.evseId()));
            case TriggerMessage t -> trigger(t);
            case GetConfiguration g -> {
                if (g.keys().isEmpty()) {
                    throw invalid("keys: OCPP 2.0.1 reads named variables; get-report reads them all");
                }
                yield calls.send(new GetVariablesRequest(
                        null,
                        g.keys().stream()
                                .map(key -> new GetVariableDataType(
                                        null, null, Ocpp201Values.component(key), Ocpp201Values.variable(key)))
                                .toList()));
            }
            case ChangeConfiguration c -> setVariable(c.key(), c.value());
            case GetReport r ->
                calls.send(new GetBaseReportRequest(
                        null, r.requestId(), ReportBaseEnumType.valueOf(r.base().name())));
            case ClearCache c -> calls.send(new ClearCacheRequest(null));
            case SendLocalList l ->
                calls.send(new SendLocalListRequest(
                        null,
                        l.entries().isEmpty()
                                ? null
                                : l.entries().stream().map(Ocpp201Values::entry).toList(),
                        l.version(),
                        l.updateType() == SendLocalList.UpdateType.FULL
                                ? UpdateEnumType.FULL
                                : UpdateEnumType.DIFFERENTIAL));
            case GetLocalListVersion v -> calls.send(new GetLocalListVersionRequest(null));
            case GetLog g ->
                calls.send(new GetLogRequest(
                        null,
                        new LogParametersType(null, g.location(), g.oldest(), g.latest()),
                        g.kind() == GetLog.Kind.SECURITY ? LogEnumType.SECURITY_LOG : LogEnumType.DIAGNOSTICS_LOG,
                        g.requestId(),
                        g.retries(),
                        g.retryIntervalSeconds()));
            case UpdateFirmware f -> calls.send(Ocpp201Values.firmware(f));
            case DataTransfer d ->
                calls.send(new DataTransferRequest(
                        null,
                        d.messageId(),
                        d.data() == null ? null : JsonNodeFactory.instance.stringNode(d.data()),
                        d.vendorId()));
            case CostUpdated c ->
                calls.send(new CostUpdatedRequest(
                        null, BigDecimal.valueOf(c.totalCost(), c.fractionDigits()), c.transactionId()));
            case SetDisplayMessage m -> calls.send(new SetDisplayMessageRequest(null, Ocpp201Values.message(m)));
            case GetDisplayMessages m ->
                calls.send(new GetDisplayMessagesRequest(
                        null,
                        m.ids().isEmpty() ? null : m.ids(),
                        m.requestId(),
                        m.priority() == null
                                ? null
                                : MessagePriorityEnumType.valueOf(m.priority().name()),
                        m.state() == null
                                ? null
                                : MessageStateEnumType.valueOf(m.state().name())));
            case ClearDisplayMessage m -> calls.send(new ClearDisplayMessageRequest(null, m.id()));
            case InstallCertificate i ->
                calls.send(new InstallCertificateRequest(null, Ocpp201Values.installUse(i.use()), i.certificate()));
            case GetInstalledCertificateIds g ->
                calls.send(new GetInstalledCertificateIdsRequest(
                        null,
                        g.uses().isEmpty()
                                ? null
                                : g.uses().stream().map(Ocpp201Values::idUse).toList()));
            case DeleteCertificate d -> calls.send(new DeleteCertificateRequest(null, Ocpp201Values.hash(d.hash())));
            case CertificateSigned s ->
                calls.send(new CertificateSignedRequest(
                        null,
                        s.certificateChain(),
                        s.v2g()
                                ? CertificateSigningUseEnumType.V2G_CERTIFICATE
                                : CertificateSigningUseEnumType.CHARGING_STATION_CERTIFICATE));
            // OCPP 2.0.1 A01 (update Basic password): SetVariables SecurityCtrlr.BasicAuthPassword.
            case SetChargerPassword p ->
                setVariable(new ConfigurationKey("SecurityCtrlr", "BasicAuthPassword", null), p.password());
            case RawOcpp raw -> calls.raw(raw);
        };
    }

    private Translation trigger(TriggerMessage t) {
        EVSEType evse = t.evseId() == null ? null : new EVSEType(null, t.evseId(), t.connectorId());
        MessageTriggerEnumType message = switch (t.message()) {
            case BOOT_NOTIFICATION -> MessageTriggerEnumType.BOOT_NOTIFICATION;
            case HEARTBEAT -> MessageTriggerEnumType.HEARTBEAT;
            case STATUS_NOTIFICATION -> MessageTriggerEnumType.STATUS_NOTIFICATION;
            case METER_VALUES -> MessageTriggerEnumType.METER_VALUES;
            case FIRMWARE_STATUS_NOTIFICATION -> MessageTriggerEnumType.FIRMWARE_STATUS_NOTIFICATION;
            case LOG_STATUS_NOTIFICATION -> MessageTriggerEnumType.LOG_STATUS_NOTIFICATION;
            case SIGN_CHARGER_CERTIFICATE -> MessageTriggerEnumType.SIGN_CHARGING_STATION_CERTIFICATE;
            case SIGN_V2G_CERTIFICATE -> MessageTriggerEnumType.SIGN_V2G_CERTIFICATE;
            case TRANSACTION_EVENT -> MessageTriggerEnumType.TRANSACTION_EVENT;
            case DIAGNOSTICS_STATUS_NOTIFICATION -> null;
        };
        if (message == null) {
            return calls.notInThisVersion(t, "2.0.1 reports diagnostics as LogStatusNotification");
        }
        if (t.connectorId() != null && t.evseId() == null) {
            throw invalid("evseId: required with connectorId (OCPP 2.0.1 numbers connectors within their EVSE)");
        }
        return calls.send(new TriggerMessageRequest(null, evse, message));
    }

    private Translation setVariable(ConfigurationKey key, String value) {
        return calls.send(new SetVariablesRequest(
                null,
                List.of(new SetVariableDataType(
                        null, null, value, Ocpp201Values.component(key), Ocpp201Values.variable(key)))));
    }

    /**
     * The EVSE a command is about; none for the whole station. A connector is numbered within its EVSE, so one named
     * without its EVSE is refused rather than widened to the whole station.
     */
    private static EVSEType evse(Integer evseId, Integer connectorId) {
        if (evseId == null && connectorId != null) {
            throw invalid("evseId: required with connectorId (OCPP 2.0.1 numbers connectors within their EVSE)");
        }
        return evseId == null ? null : new EVSEType(null, evseId, connectorId);
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw invalid(field + ": required by OCPP 2.0.1");
        }
        return value;
    }
}
