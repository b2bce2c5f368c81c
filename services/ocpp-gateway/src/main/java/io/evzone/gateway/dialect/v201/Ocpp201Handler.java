package io.evzone.gateway.dialect.v201;

import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.MeterValuesReported;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.gateway.bridge.DomainQuestions;
import io.evzone.gateway.bridge.EventBridge;
import io.evzone.gateway.certificate.application.CertificateSigning;
import io.evzone.gateway.dialect.ChargerReports;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.ocpp.v201.messages.AuthorizeRequest;
import io.evzone.ocpp.v201.messages.AuthorizeResponse;
import io.evzone.ocpp.v201.messages.BootNotificationRequest;
import io.evzone.ocpp.v201.messages.BootNotificationResponse;
import io.evzone.ocpp.v201.messages.ClearedChargingLimitRequest;
import io.evzone.ocpp.v201.messages.ClearedChargingLimitResponse;
import io.evzone.ocpp.v201.messages.DataTransferRequest;
import io.evzone.ocpp.v201.messages.DataTransferResponse;
import io.evzone.ocpp.v201.messages.DataTransferStatusEnumType;
import io.evzone.ocpp.v201.messages.FirmwareStatusNotificationRequest;
import io.evzone.ocpp.v201.messages.FirmwareStatusNotificationResponse;
import io.evzone.ocpp.v201.messages.GenericStatusEnumType;
import io.evzone.ocpp.v201.messages.Get15118EVCertificateRequest;
import io.evzone.ocpp.v201.messages.Get15118EVCertificateResponse;
import io.evzone.ocpp.v201.messages.GetCertificateStatusEnumType;
import io.evzone.ocpp.v201.messages.GetCertificateStatusRequest;
import io.evzone.ocpp.v201.messages.GetCertificateStatusResponse;
import io.evzone.ocpp.v201.messages.HeartbeatRequest;
import io.evzone.ocpp.v201.messages.HeartbeatResponse;
import io.evzone.ocpp.v201.messages.Iso15118EVCertificateStatusEnumType;
import io.evzone.ocpp.v201.messages.LogStatusNotificationRequest;
import io.evzone.ocpp.v201.messages.LogStatusNotificationResponse;
import io.evzone.ocpp.v201.messages.MeterValuesRequest;
import io.evzone.ocpp.v201.messages.MeterValuesResponse;
import io.evzone.ocpp.v201.messages.NotifyChargingLimitRequest;
import io.evzone.ocpp.v201.messages.NotifyChargingLimitResponse;
import io.evzone.ocpp.v201.messages.NotifyCustomerInformationRequest;
import io.evzone.ocpp.v201.messages.NotifyCustomerInformationResponse;
import io.evzone.ocpp.v201.messages.NotifyDisplayMessagesRequest;
import io.evzone.ocpp.v201.messages.NotifyDisplayMessagesResponse;
import io.evzone.ocpp.v201.messages.NotifyEVChargingNeedsRequest;
import io.evzone.ocpp.v201.messages.NotifyEVChargingNeedsResponse;
import io.evzone.ocpp.v201.messages.NotifyEVChargingNeedsStatusEnumType;
import io.evzone.ocpp.v201.messages.NotifyEVChargingScheduleRequest;
import io.evzone.ocpp.v201.messages.NotifyEVChargingScheduleResponse;
import io.evzone.ocpp.v201.messages.NotifyEventRequest;
import io.evzone.ocpp.v201.messages.NotifyEventResponse;
import io.evzone.ocpp.v201.messages.NotifyMonitoringReportRequest;
import io.evzone.ocpp.v201.messages.NotifyMonitoringReportResponse;
import io.evzone.ocpp.v201.messages.NotifyReportRequest;
import io.evzone.ocpp.v201.messages.NotifyReportResponse;
import io.evzone.ocpp.v201.messages.Ocpp201ChargingStationRequest;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import io.evzone.ocpp.v201.messages.PublishFirmwareStatusNotificationRequest;
import io.evzone.ocpp.v201.messages.PublishFirmwareStatusNotificationResponse;
import io.evzone.ocpp.v201.messages.ReportChargingProfilesRequest;
import io.evzone.ocpp.v201.messages.ReportChargingProfilesResponse;
import io.evzone.ocpp.v201.messages.ReservationStatusUpdateRequest;
import io.evzone.ocpp.v201.messages.ReservationStatusUpdateResponse;
import io.evzone.ocpp.v201.messages.SecurityEventNotificationRequest;
import io.evzone.ocpp.v201.messages.SecurityEventNotificationResponse;
import io.evzone.ocpp.v201.messages.SignCertificateRequest;
import io.evzone.ocpp.v201.messages.SignCertificateResponse;
import io.evzone.ocpp.v201.messages.StatusNotificationRequest;
import io.evzone.ocpp.v201.messages.StatusNotificationResponse;
import io.evzone.ocpp.v201.messages.TransactionEventRequest;
import io.evzone.ocpp.v201.messages.TransactionEventResponse;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Answers every CALL a 2.0.1 charging station can send. BootNotification, Authorize and
 * TransactionEvents carrying an id token wait for a domain service (with fallbacks); everything else
 * is answered at once and reported as a version-neutral event.
 */
@Component
public class Ocpp201Handler {

    private final DomainQuestions questions;
    private final EventBridge events;
    private final CertificateSigning certificates;
    private final ChargerReports reports;

    public Ocpp201Handler(
            DomainQuestions questions, EventBridge events, CertificateSigning certificates, ChargerReports reports) {
        this.questions = questions;
        this.events = events;
        this.certificates = certificates;
        this.reports = reports;
    }

    public CompletableFuture<Ocpp201Response> handle(ChargerSession session, Ocpp201ChargingStationRequest request) {
        String id = session.chargePointId();
        return switch (request) {
            case BootNotificationRequest boot -> boot(session, boot);
            case HeartbeatRequest heartbeat -> reports.heartbeat(id, HeartbeatResponse::of);
            case AuthorizeRequest authorize ->
                reports.authorized(
                        id,
                        Ocpp201Mapper.idToken(authorize.idToken()),
                        a -> AuthorizeResponse.of(Ocpp201Mapper.idTokenInfo(a)));
            case StatusNotificationRequest status ->
                reports.reported(id, Ocpp201Mapper.status(id, status), StatusNotificationResponse.of());
            case MeterValuesRequest meter ->
                events.chargingData(
                                id,
                                new MeterValuesReported(
                                        id, meter.evseId(), 0, null, Ocpp201Mapper.samples(meter.meterValue())))
                        .thenApply(stored -> MeterValuesResponse.of());
            case TransactionEventRequest event -> transaction(session, event);
            // OCPP 2.0.1 P01: no vendor-specific extension is implemented here.
            case DataTransferRequest data ->
                reports.notified(id, data, DataTransferResponse.of(DataTransferStatusEnumType.UNKNOWN_VENDOR_ID));
            case NotifyEventRequest r -> reports.notified(id, r, NotifyEventResponse.of());
            case SecurityEventNotificationRequest r -> reports.notified(id, r, SecurityEventNotificationResponse.of());
            case FirmwareStatusNotificationRequest r ->
                reports.notified(id, r, FirmwareStatusNotificationResponse.of());
            case LogStatusNotificationRequest r -> reports.notified(id, r, LogStatusNotificationResponse.of());
            case PublishFirmwareStatusNotificationRequest r ->
                reports.notified(id, r, PublishFirmwareStatusNotificationResponse.of());
            case NotifyReportRequest r -> {
                events.chargerEvent(id, DeviceModelReports.of(id, r));
                yield CompletableFuture.completedFuture(NotifyReportResponse.of());
            }
            case NotifyMonitoringReportRequest r -> reports.notified(id, r, NotifyMonitoringReportResponse.of());
            case NotifyCustomerInformationRequest r -> reports.notified(id, r, NotifyCustomerInformationResponse.of());
            case NotifyDisplayMessagesRequest r -> reports.notified(id, r, NotifyDisplayMessagesResponse.of());
            case NotifyChargingLimitRequest r -> reports.notified(id, r, NotifyChargingLimitResponse.of());
            case ClearedChargingLimitRequest r -> reports.notified(id, r, ClearedChargingLimitResponse.of());
            case ReportChargingProfilesRequest r -> reports.notified(id, r, ReportChargingProfilesResponse.of());
            case ReservationStatusUpdateRequest r -> reports.notified(id, r, ReservationStatusUpdateResponse.of());
            // Smart charging with the EV (ISO 15118) is not offered: the needs are reported, not scheduled.
            case NotifyEVChargingNeedsRequest r ->
                reports.notified(id, r, NotifyEVChargingNeedsResponse.of(NotifyEVChargingNeedsStatusEnumType.REJECTED));
            case NotifyEVChargingScheduleRequest r ->
                reports.notified(id, r, NotifyEVChargingScheduleResponse.of(GenericStatusEnumType.ACCEPTED));
            case SignCertificateRequest r ->
                certificates
                        .sign(
                                session,
                                r.csr(),
                                r.certificateType() == null
                                        ? null
                                        : r.certificateType().value())
                        .thenApply(accepted -> SignCertificateResponse.of(
                                accepted ? GenericStatusEnumType.ACCEPTED : GenericStatusEnumType.REJECTED));
            // No OCSP responder or V2G certificate authority is connected to this CSMS.
            case Get15118EVCertificateRequest r ->
                reports.notified(
                        id, r, Get15118EVCertificateResponse.of(Iso15118EVCertificateStatusEnumType.FAILED, ""));
            case GetCertificateStatusRequest r ->
                reports.notified(id, r, GetCertificateStatusResponse.of(GetCertificateStatusEnumType.FAILED));
        };
    }

    private CompletableFuture<Ocpp201Response> boot(ChargerSession session, BootNotificationRequest boot) {
        var station = boot.chargingStation();
        var question = new ChargerQuestion.Boot(
                OcppVersion.V201,
                station.vendorName(),
                station.model(),
                station.serialNumber(),
                station.firmwareVersion(),
                boot.reason().value());
        return reports.boot(
                session,
                question,
                station.modem() == null ? null : station.modem().iccid(),
                station.modem() == null ? null : station.modem().imsi(),
                (answer, now) -> {
                    session.boot().answered(answer.status());
                    return BootNotificationResponse.of(
                            now, answer.heartbeatIntervalSeconds(), Ocpp201Mapper.registration(answer.status()));
                });
    }

    private CompletableFuture<Ocpp201Response> transaction(ChargerSession session, TransactionEventRequest event) {
        String id = session.chargePointId();
        TransactionReported reported = Ocpp201Mapper.transaction(id, event);
        CompletableFuture<Void> stored = events.chargingData(id, reported);
        if (event.meterValue() != null && !event.meterValue().isEmpty()) {
            stored = stored.thenCombine(
                    events.chargingData(
                            id,
                            new MeterValuesReported(
                                    id,
                                    reported.evseId(),
                                    reported.connectorId(),
                                    reported.transactionId(),
                                    reported.samples())),
                    (a, b) -> null);
        }
        IdToken token = reported.idToken();
        // 2.0.1 E01-E03: an event that carries an id token is answered with its idTokenInfo.
        if (token == null) {
            return stored.thenApply(done -> TransactionEventResponse.of());
        }
        return stored.thenCombine(questions.transaction(reported), (done, answer) -> {
            AuthorizationAnswer authorization = answer.map(a -> a.authorization())
                    .or(() -> questions.cached(token))
                    .orElse(null);
            return Ocpp201Mapper.transactionEventResponse(
                    authorization, answer.map(a -> a.totalCost()).orElse(null));
        });
    }
}
