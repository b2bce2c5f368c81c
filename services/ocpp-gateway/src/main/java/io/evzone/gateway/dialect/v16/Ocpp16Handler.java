package io.evzone.gateway.dialect.v16;

import io.evzone.contracts.charger.ChargerAnswer.AuthorizationAnswer;
import io.evzone.contracts.charger.ChargerQuestion;
import io.evzone.contracts.charger.IdToken;
import io.evzone.contracts.charger.MeterValuesReported;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.TransactionEventKind;
import io.evzone.contracts.charger.TransactionReported;
import io.evzone.gateway.bridge.DomainQuestions;
import io.evzone.gateway.bridge.EventBridge;
import io.evzone.gateway.bridge.FallbackTransactionIds;
import io.evzone.gateway.bridge.PresentedTokens;
import io.evzone.gateway.certificate.application.CertificateSigning;
import io.evzone.gateway.dialect.ChargerReports;
import io.evzone.gateway.rpc.ChargerSession;
import io.evzone.ocpp.v16.messages.AuthorizeRequest;
import io.evzone.ocpp.v16.messages.AuthorizeResponse;
import io.evzone.ocpp.v16.messages.BootNotificationRequest;
import io.evzone.ocpp.v16.messages.BootNotificationResponse;
import io.evzone.ocpp.v16.messages.DataTransferRequest;
import io.evzone.ocpp.v16.messages.DataTransferResponse;
import io.evzone.ocpp.v16.messages.DataTransferStatus;
import io.evzone.ocpp.v16.messages.DiagnosticsStatusNotificationRequest;
import io.evzone.ocpp.v16.messages.DiagnosticsStatusNotificationResponse;
import io.evzone.ocpp.v16.messages.FirmwareStatusNotificationRequest;
import io.evzone.ocpp.v16.messages.FirmwareStatusNotificationResponse;
import io.evzone.ocpp.v16.messages.GenericStatusEnumType;
import io.evzone.ocpp.v16.messages.HeartbeatRequest;
import io.evzone.ocpp.v16.messages.HeartbeatResponse;
import io.evzone.ocpp.v16.messages.LogStatusNotificationRequest;
import io.evzone.ocpp.v16.messages.LogStatusNotificationResponse;
import io.evzone.ocpp.v16.messages.MeterValuesRequest;
import io.evzone.ocpp.v16.messages.MeterValuesResponse;
import io.evzone.ocpp.v16.messages.Ocpp16ChargePointRequest;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import io.evzone.ocpp.v16.messages.SecurityEventNotificationRequest;
import io.evzone.ocpp.v16.messages.SecurityEventNotificationResponse;
import io.evzone.ocpp.v16.messages.SignCertificateRequest;
import io.evzone.ocpp.v16.messages.SignCertificateResponse;
import io.evzone.ocpp.v16.messages.SignedFirmwareStatusNotificationRequest;
import io.evzone.ocpp.v16.messages.SignedFirmwareStatusNotificationResponse;
import io.evzone.ocpp.v16.messages.StartTransactionRequest;
import io.evzone.ocpp.v16.messages.StartTransactionResponse;
import io.evzone.ocpp.v16.messages.StatusNotificationRequest;
import io.evzone.ocpp.v16.messages.StatusNotificationResponse;
import io.evzone.ocpp.v16.messages.StopTransactionRequest;
import io.evzone.ocpp.v16.messages.StopTransactionResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Answers every CALL a 1.6 charge point can send. Only BootNotification, Authorize and
 * StartTransaction wait for a domain service (with fallbacks); everything else is answered at once
 * and reported as a version-neutral event.
 */
@Component
public class Ocpp16Handler {

    private final DomainQuestions questions;
    private final EventBridge events;
    private final FallbackTransactionIds transactionIds;
    private final CertificateSigning certificates;
    private final ChargerReports reports;

    public Ocpp16Handler(
            DomainQuestions questions,
            EventBridge events,
            FallbackTransactionIds transactionIds,
            CertificateSigning certificates,
            ChargerReports reports) {
        this.questions = questions;
        this.events = events;
        this.transactionIds = transactionIds;
        this.certificates = certificates;
        this.reports = reports;
    }

    public CompletableFuture<Ocpp16Response> handle(ChargerSession session, Ocpp16ChargePointRequest request) {
        String id = session.chargePointId();
        return switch (request) {
            case BootNotificationRequest boot -> boot(session, boot);
            case HeartbeatRequest heartbeat -> reports.heartbeat(id, HeartbeatResponse::new);
            case AuthorizeRequest authorize ->
                reports.authorized(
                        id,
                        PresentedTokens.ofIdTag(authorize.idTag()),
                        a -> new AuthorizeResponse(Ocpp16Mapper.idTagInfo(a)));
            case StatusNotificationRequest status ->
                reports.reported(id, Ocpp16Mapper.status(id, status), new StatusNotificationResponse());
            case MeterValuesRequest meter ->
                events.chargingData(
                                id,
                                new MeterValuesReported(
                                        id,
                                        meter.connectorId(),
                                        meter.connectorId(),
                                        meter.transactionId() == null
                                                ? null
                                                : meter.transactionId().toString(),
                                        Ocpp16Mapper.samples(meter.meterValue())))
                        .thenApply(stored -> new MeterValuesResponse());
            case StartTransactionRequest start -> start(session, start);
            case StopTransactionRequest stop -> stop(session, stop);
            // OCPP 1.6 §4.3: no vendor-specific extension is implemented here.
            case DataTransferRequest data ->
                reports.notified(id, data, new DataTransferResponse(DataTransferStatus.UNKNOWN_VENDOR_ID, null));
            case DiagnosticsStatusNotificationRequest r ->
                reports.notified(id, r, new DiagnosticsStatusNotificationResponse());
            case FirmwareStatusNotificationRequest r ->
                reports.notified(id, r, new FirmwareStatusNotificationResponse());
            case LogStatusNotificationRequest r -> reports.notified(id, r, new LogStatusNotificationResponse());
            case SecurityEventNotificationRequest r -> reports.notified(id, r, new SecurityEventNotificationResponse());
            case SignedFirmwareStatusNotificationRequest r ->
                reports.notified(id, r, new SignedFirmwareStatusNotificationResponse());
            case SignCertificateRequest r ->
                certificates
                        .sign(session, r.csr(), null)
                        .thenApply(accepted -> new SignCertificateResponse(
                                accepted ? GenericStatusEnumType.ACCEPTED : GenericStatusEnumType.REJECTED));
        };
    }

    private CompletableFuture<Ocpp16Response> boot(ChargerSession session, BootNotificationRequest boot) {
        var question = new ChargerQuestion.Boot(
                OcppVersion.V16,
                boot.chargePointVendor(),
                boot.chargePointModel(),
                boot.chargePointSerialNumber() != null ? boot.chargePointSerialNumber() : boot.chargeBoxSerialNumber(),
                boot.firmwareVersion(),
                null);
        return reports.boot(
                session,
                question,
                boot.iccid(),
                boot.imsi(),
                (answer, now) -> new BootNotificationResponse(
                        Ocpp16Mapper.registration(answer.status()), now, answer.heartbeatIntervalSeconds()));
    }

    private CompletableFuture<Ocpp16Response> start(ChargerSession session, StartTransactionRequest start) {
        IdToken token = PresentedTokens.ofIdTag(start.idTag());
        TransactionReported asked = transaction(session, start, null);
        return questions.transaction(asked).thenCompose(answer -> {
            Long allocated =
                    answer.map(a -> a.transactionId()).map(Long::valueOf).orElse(null);
            AuthorizationAnswer authorization = answer.map(a -> a.authorization())
                    .or(() -> questions.cached(token))
                    .orElse(new AuthorizationAnswer(
                            io.evzone.contracts.charger.AuthorizationStatus.ACCEPTED, null, null));
            CompletableFuture<Long> id = allocated != null
                    ? CompletableFuture.completedFuture(allocated)
                    // OCPP 1.6 §6.46: transactionId is required; the session service adopts ids it did not allocate.
                    : transactionIds.next();
            return id.thenCompose(transactionId -> events.chargingData(
                            session.chargePointId(), transaction(session, start, transactionId))
                    .thenApply(stored -> new StartTransactionResponse(
                            Ocpp16Mapper.idTagInfo(authorization), Math.toIntExact(transactionId))));
        });
    }

    private TransactionReported transaction(ChargerSession session, StartTransactionRequest start, Long transactionId) {
        return new TransactionReported(
                session.chargePointId(),
                OcppVersion.V16,
                TransactionEventKind.STARTED,
                transactionId == null ? null : transactionId.toString(),
                null,
                start.connectorId(),
                start.connectorId(),
                PresentedTokens.ofIdTag(start.idTag()),
                start.meterStart().longValue(),
                "StartTransaction",
                null,
                null,
                start.reservationId(),
                false,
                start.timestamp(),
                List.of());
    }

    private CompletableFuture<Ocpp16Response> stop(ChargerSession session, StopTransactionRequest stop) {
        // OCPP 1.6 §6.50: the transactionId may be unknown to the CSMS; always answer, never reject.
        IdToken token = PresentedTokens.ofIdTag(stop.idTag());
        CompletableFuture<Void> stored = events.chargingData(
                session.chargePointId(),
                new TransactionReported(
                        session.chargePointId(),
                        OcppVersion.V16,
                        TransactionEventKind.ENDED,
                        stop.transactionId().toString(),
                        null,
                        0,
                        0,
                        token,
                        stop.meterStop().longValue(),
                        "StopTransaction",
                        null,
                        stop.reason() == null ? null : stop.reason().value(),
                        null,
                        false,
                        stop.timestamp(),
                        Ocpp16Mapper.samples(stop.transactionData())));
        var info = token == null
                ? null
                : questions.cached(token).map(Ocpp16Mapper::idTagInfo).orElse(null);
        return stored.thenApply(done -> new StopTransactionResponse(info));
    }
}
