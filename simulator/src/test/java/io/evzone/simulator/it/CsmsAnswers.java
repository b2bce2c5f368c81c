package io.evzone.simulator.it;

import io.evzone.ocpp.v16.messages.AuthorizationStatus;
import io.evzone.ocpp.v16.messages.IdTagInfo;
import io.evzone.ocpp.v16.messages.RegistrationStatus;
import io.evzone.ocpp.v201.messages.AuthorizationStatusEnumType;
import io.evzone.ocpp.v201.messages.IdTokenInfoType;
import io.evzone.ocpp.v201.messages.RegistrationStatusEnumType;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** How the test CSMS answers charger CALLs: accept everything. */
final class CsmsAnswers {
    private static final AtomicInteger TRANSACTION_IDS = new AtomicInteger();

    private CsmsAnswers() {}

    static Object ocpp16(Object request, int heartbeatSeconds) {
        var accepted = new IdTagInfo(null, null, AuthorizationStatus.ACCEPTED);
        return switch ((io.evzone.ocpp.v16.messages.Ocpp16ChargePointRequest) request) {
            case io.evzone.ocpp.v16.messages.BootNotificationRequest r ->
                new io.evzone.ocpp.v16.messages.BootNotificationResponse(
                        RegistrationStatus.ACCEPTED, Instant.now(), heartbeatSeconds);
            case io.evzone.ocpp.v16.messages.HeartbeatRequest r ->
                new io.evzone.ocpp.v16.messages.HeartbeatResponse(Instant.now());
            case io.evzone.ocpp.v16.messages.StatusNotificationRequest r ->
                new io.evzone.ocpp.v16.messages.StatusNotificationResponse();
            case io.evzone.ocpp.v16.messages.AuthorizeRequest r ->
                new io.evzone.ocpp.v16.messages.AuthorizeResponse(accepted);
            case io.evzone.ocpp.v16.messages.StartTransactionRequest r ->
                new io.evzone.ocpp.v16.messages.StartTransactionResponse(accepted, TRANSACTION_IDS.incrementAndGet());
            case io.evzone.ocpp.v16.messages.StopTransactionRequest r ->
                new io.evzone.ocpp.v16.messages.StopTransactionResponse(accepted);
            case io.evzone.ocpp.v16.messages.MeterValuesRequest r ->
                new io.evzone.ocpp.v16.messages.MeterValuesResponse();
            case io.evzone.ocpp.v16.messages.DataTransferRequest r ->
                new io.evzone.ocpp.v16.messages.DataTransferResponse(
                        io.evzone.ocpp.v16.messages.DataTransferStatus.ACCEPTED, null);
            case io.evzone.ocpp.v16.messages.FirmwareStatusNotificationRequest r ->
                new io.evzone.ocpp.v16.messages.FirmwareStatusNotificationResponse();
            case io.evzone.ocpp.v16.messages.DiagnosticsStatusNotificationRequest r ->
                new io.evzone.ocpp.v16.messages.DiagnosticsStatusNotificationResponse();
            case io.evzone.ocpp.v16.messages.LogStatusNotificationRequest r ->
                new io.evzone.ocpp.v16.messages.LogStatusNotificationResponse();
            case io.evzone.ocpp.v16.messages.SecurityEventNotificationRequest r ->
                new io.evzone.ocpp.v16.messages.SecurityEventNotificationResponse();
            case io.evzone.ocpp.v16.messages.SignCertificateRequest r ->
                new io.evzone.ocpp.v16.messages.SignCertificateResponse(
                        io.evzone.ocpp.v16.messages.GenericStatusEnumType.ACCEPTED);
            case io.evzone.ocpp.v16.messages.SignedFirmwareStatusNotificationRequest r ->
                new io.evzone.ocpp.v16.messages.SignedFirmwareStatusNotificationResponse();
        };
    }

    static Object ocpp201(Object request, int heartbeatSeconds) {
        var accepted = IdTokenInfoType.of(AuthorizationStatusEnumType.ACCEPTED);
        return switch (request) {
            case io.evzone.ocpp.v201.messages.BootNotificationRequest r ->
                io.evzone.ocpp.v201.messages.BootNotificationResponse.of(
                        Instant.now(), heartbeatSeconds, RegistrationStatusEnumType.ACCEPTED);
            case io.evzone.ocpp.v201.messages.HeartbeatRequest r ->
                io.evzone.ocpp.v201.messages.HeartbeatResponse.of(Instant.now());
            case io.evzone.ocpp.v201.messages.StatusNotificationRequest r ->
                io.evzone.ocpp.v201.messages.StatusNotificationResponse.of();
            case io.evzone.ocpp.v201.messages.AuthorizeRequest r ->
                io.evzone.ocpp.v201.messages.AuthorizeResponse.of(accepted);
            case io.evzone.ocpp.v201.messages.TransactionEventRequest r ->
                io.evzone.ocpp.v201.messages.TransactionEventResponse.of();
            case io.evzone.ocpp.v201.messages.MeterValuesRequest r ->
                io.evzone.ocpp.v201.messages.MeterValuesResponse.of();
            case io.evzone.ocpp.v201.messages.NotifyEventRequest r ->
                io.evzone.ocpp.v201.messages.NotifyEventResponse.of();
            case io.evzone.ocpp.v201.messages.NotifyReportRequest r ->
                io.evzone.ocpp.v201.messages.NotifyReportResponse.of();
            case io.evzone.ocpp.v201.messages.FirmwareStatusNotificationRequest r ->
                io.evzone.ocpp.v201.messages.FirmwareStatusNotificationResponse.of();
            case io.evzone.ocpp.v201.messages.LogStatusNotificationRequest r ->
                io.evzone.ocpp.v201.messages.LogStatusNotificationResponse.of();
            default -> throw new IllegalArgumentException("the test CSMS does not answer " + request);
        };
    }
}
