package io.evzone.ocpp.v16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.ocpp.Direction;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.ActionDefinition;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.codec.OcppEncodingException;
import io.evzone.ocpp.codec.OutgoingCall;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.ocpp.rpc.CallOutcome;
import io.evzone.ocpp.rpc.PendingCall;
import io.evzone.ocpp.rpc.PendingCalls;
import io.evzone.ocpp.support.Rejections;
import io.evzone.ocpp.v16.messages.AuthorizeRequest;
import io.evzone.ocpp.v16.messages.BootNotificationRequest;
import io.evzone.ocpp.v16.messages.BootNotificationResponse;
import io.evzone.ocpp.v16.messages.DataTransferRequest;
import io.evzone.ocpp.v16.messages.DiagnosticsStatusNotificationRequest;
import io.evzone.ocpp.v16.messages.FirmwareStatusNotificationRequest;
import io.evzone.ocpp.v16.messages.HeartbeatRequest;
import io.evzone.ocpp.v16.messages.HeartbeatResponse;
import io.evzone.ocpp.v16.messages.LogStatusNotificationRequest;
import io.evzone.ocpp.v16.messages.MeterValuesRequest;
import io.evzone.ocpp.v16.messages.Ocpp16ChargePointRequest;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import io.evzone.ocpp.v16.messages.RegistrationStatus;
import io.evzone.ocpp.v16.messages.ResetRequest;
import io.evzone.ocpp.v16.messages.ResetType;
import io.evzone.ocpp.v16.messages.SecurityEventNotificationRequest;
import io.evzone.ocpp.v16.messages.SignCertificateRequest;
import io.evzone.ocpp.v16.messages.SignedFirmwareStatusNotificationRequest;
import io.evzone.ocpp.v16.messages.StartTransactionRequest;
import io.evzone.ocpp.v16.messages.StatusNotificationRequest;
import io.evzone.ocpp.v16.messages.StopTransactionRequest;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The typed API as the gateway (CSMS side) and the simulator (charge point side) use it. */
class Ocpp16CodecTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    private final AtomicInteger ids = new AtomicInteger();
    private final OcppCodec<Ocpp16Request, Ocpp16Response> chargePoint =
            Ocpp16.codec(Role.CHARGING_STATION).withMessageIds(() -> "cp-" + ids.incrementAndGet());
    private final OcppCodec<Ocpp16Request, Ocpp16Response> centralSystem = Ocpp16.codec(Role.CSMS);

    @Test
    void aChargePointBootsAndTheCentralSystemAccepts() {
        PendingCalls pending = new PendingCalls(1);
        OutgoingCall boot = chargePoint.encodeCall(BootNotificationRequest.of("EVZone", "Sim-1"));
        PendingCall call = pending.register(boot.messageId(), boot.action(), NOW.plusSeconds(30));
        assertThat(boot.frame()).isEqualTo("""
                [2,"cp-1","BootNotification",{"chargePointVendor":"EVZone","chargePointModel":"Sim-1"}]""");

        Inbound<Ocpp16Request> atCentralSystem = centralSystem.decode(boot.frame());
        assertThat(atCentralSystem).isInstanceOf(Inbound.Call.class);
        String answer = centralSystem.encodeResult(
                "cp-1", new BootNotificationResponse(RegistrationStatus.ACCEPTED, NOW.plusNanos(123_456_789), 300));
        assertThat(answer).isEqualTo("""
                [3,"cp-1",{"status":"Accepted","currentTime":"2024-05-01T10:00:00.123Z","interval":300}]""");

        if (chargePoint.decode(answer) instanceof Inbound.Result<Ocpp16Request> result) {
            pending.complete(result.frame());
        }
        CallOutcome outcome = call.outcome().join();
        assertThat(outcome).isInstanceOf(CallOutcome.Answered.class);
        assertThat(chargePoint.decodeResult((CallOutcome.Answered) outcome))
                .isEqualTo(new Decoded.Valid<Ocpp16Response>(new BootNotificationResponse(
                        RegistrationStatus.ACCEPTED, Instant.parse("2024-05-01T10:00:00.123Z"), 300)));
    }

    @Test
    void theCentralSystemHandlesChargePointRequestsWithAnExhaustiveSwitch() {
        Ocpp16Request request = Rejections.accepted(centralSystem, """
                [2, "h1", "Heartbeat", {}]""");
        assertThat(request).isInstanceOf(Ocpp16ChargePointRequest.class);
        assertThat(handle((Ocpp16ChargePointRequest) request)).isEqualTo("heartbeat");
    }

    /** No default branch: a new charge point action would not compile until it is handled. */
    private static String handle(Ocpp16ChargePointRequest request) {
        return switch (request) {
            case AuthorizeRequest r -> "authorize " + r.idTag();
            case BootNotificationRequest r -> "boot";
            case DataTransferRequest r -> "data";
            case DiagnosticsStatusNotificationRequest r -> "diagnostics";
            case FirmwareStatusNotificationRequest r -> "firmware";
            case HeartbeatRequest r -> "heartbeat";
            case LogStatusNotificationRequest r -> "log";
            case MeterValuesRequest r -> "meter values";
            case SecurityEventNotificationRequest r -> "security event";
            case SignCertificateRequest r -> "sign certificate";
            case SignedFirmwareStatusNotificationRequest r -> "signed firmware";
            case StartTransactionRequest r -> "start";
            case StatusNotificationRequest r -> "status";
            case StopTransactionRequest r -> "stop";
        };
    }

    @Test
    void aChargePointCannotSendACentralSystemAction() {
        assertThatThrownBy(() -> chargePoint.encodeCall(new ResetRequest(ResetType.HARD)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Reset");
    }

    @Test
    void anInvalidOutgoingMessageIsOurBugAndThrowsNamingTheField() {
        assertThatThrownBy(() -> chargePoint.encodeCall(new AuthorizeRequest("X".repeat(21))))
                .isInstanceOfSatisfying(
                        OcppEncodingException.class,
                        e -> assertThat(e.violation().path()).isEqualTo("idTag"));
    }

    @Test
    void aLoadTestMayTurnOutboundValidationOff() {
        OutgoingCall call = chargePoint.withOutboundValidation(false).encodeCall(new AuthorizeRequest("X".repeat(21)));
        assertThat(call.frame()).contains("XXXXXXXXXXXXXXXXXXXXX");
    }

    @Test
    void requiredFieldsAreCheckedWhenARecordIsBuilt() {
        assertThatThrownBy(() -> new AuthorizeRequest(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anInvalidResultIsReportedNotThrown() {
        OutgoingCall call = chargePoint.encodeCall(new HeartbeatRequest());
        ObjectNode payload = (ObjectNode) OcppJson.mapper().readTree("""
                {"currentTime": "soon"}""");

        Decoded<Ocpp16Response> decoded = chargePoint.decodeResult(call.action(), payload);

        assertThat(decoded).isInstanceOfSatisfying(Decoded.Invalid.class, invalid -> {
            assertThat(invalid.errorCode().wireName()).isEqualTo("TypeConstraintViolation");
            assertThat(invalid.description()).startsWith("currentTime:");
        });
    }

    @Test
    void aResultDecodesIntoTheTypeTheCallerExpects() {
        ObjectNode payload = (ObjectNode) OcppJson.mapper().readTree("""
                {"currentTime": "2024-05-01T12:00:00+02:00"}""");

        assertThat(chargePoint.decodeResult(payload, HeartbeatResponse.class))
                .isEqualTo(new Decoded.Valid<>(new HeartbeatResponse(NOW)));
    }

    @Test
    void theRegistryHasAllSixProfilesAndTheSecurityExtension() {
        assertThat(Ocpp16.actions().all()).hasSize(39);
        assertThat(Ocpp16.actions().all().stream().map(ActionDefinition::name))
                .contains(
                        "SecurityEventNotification",
                        "SignCertificate",
                        "CertificateSigned",
                        "InstallCertificate",
                        "DeleteCertificate",
                        "GetInstalledCertificateIds",
                        "GetLog",
                        "LogStatusNotification",
                        "SignedUpdateFirmware",
                        "SignedFirmwareStatusNotification",
                        "ExtendedTriggerMessage");
        assertThat(Ocpp16.actions().find("BootNotification").orElseThrow().direction())
                .isEqualTo(Direction.CHARGING_STATION_TO_CSMS);
        assertThat(Ocpp16.actions().find("RemoteStartTransaction").orElseThrow().direction())
                .isEqualTo(Direction.CSMS_TO_CHARGING_STATION);
        assertThat(Ocpp16.actions().find("DataTransfer").orElseThrow().direction())
                .isEqualTo(Direction.BOTH);
    }
}
