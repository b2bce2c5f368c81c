package io.evzone.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.support.Rejections;
import io.evzone.ocpp.v201.messages.BootNotificationRequest;
import io.evzone.ocpp.v201.messages.Ocpp201Request;
import io.evzone.ocpp.v201.messages.Ocpp201Response;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every way an inbound OCPP 2.0.1 frame can be wrong, as the raw text a charging station might send. */
class Ocpp201CallErrorTest {
    private static final OcppCodec<Ocpp201Request, Ocpp201Response> CSMS = Ocpp201.codec(Role.CSMS);
    private static final OcppCodec<Ocpp201Request, Ocpp201Response> STATION = Ocpp201.codec(Role.CHARGING_STATION);

    private static OcppFrame.CallError reply(String frame) {
        return Rejections.replyTo(CSMS, frame);
    }

    @Nested
    class TheRpcFrame {
        @Test
        void invalidJsonIsAnRpcFrameworkErrorForMessageIdMinusOne() {
            OcppFrame.CallError error = reply("""
                    [2, "a1", "Heartbeat", {}""");
            assertThat(error.errorCode()).isEqualTo("RpcFrameworkError");
            assertThat(error.messageId()).isEqualTo("-1");
        }

        @Test
        void trailingContentMakesTheJsonInvalid() {
            assertThat(reply("""
                    [2, "a1", "Heartbeat", {}] []""").errorCode()).isEqualTo("RpcFrameworkError");
        }

        @Test
        void aStringInsteadOfAnArrayIsAnRpcFrameworkError() {
            OcppFrame.CallError error = reply("\"Heartbeat\"");
            assertThat(error.errorCode()).isEqualTo("RpcFrameworkError");
            assertThat(error.messageId()).isEqualTo("-1");
        }

        @Test
        void aCallWithFiveElementsIsAnRpcFrameworkErrorForItsOwnId() {
            OcppFrame.CallError error = reply("""
                    [2, "a2", "Heartbeat", {}, {}]""");
            assertThat(error.errorCode()).isEqualTo("RpcFrameworkError");
            assertThat(error.messageId()).isEqualTo("a2");
        }

        @Test
        void aMessageIdThatIsNotAStringIsAnRpcFrameworkErrorWithMinusOne() {
            OcppFrame.CallError error = reply("""
                    [2, {"id": "a3"}, "Heartbeat", {}]""");
            assertThat(error.errorCode()).isEqualTo("RpcFrameworkError");
            assertThat(error.messageId()).isEqualTo("-1");
        }

        @Test
        void aMessageIdLongerThan36CharactersIsAnRpcFrameworkErrorWithMinusOne() {
            OcppFrame.CallError error = reply("""
                    [2, "1f0a1c2e-7b9d-4c3e-9a8b-2d4f6e8a0c1e-x", "Heartbeat", {}]""");
            assertThat(error.errorCode()).isEqualTo("RpcFrameworkError");
            assertThat(error.messageId()).isEqualTo("-1");
        }

        @Test
        void aFractionalMessageTypeIsAnRpcFrameworkError() {
            OcppFrame.CallError error = reply("""
                    [2.5, "a4", "Heartbeat", {}]""");
            assertThat(error.errorCode()).isEqualTo("RpcFrameworkError");
            assertThat(error.messageId()).isEqualTo("a4");
        }

        @Test
        void anUnknownMessageTypeIsMessageTypeNotSupportedForItsId() {
            // OCPP 2.0.1 Part 4 §4.4
            OcppFrame.CallError error = reply("""
                    [9, "a5", "Heartbeat", {}]""");
            assertThat(error.errorCode()).isEqualTo("MessageTypeNotSupported");
            assertThat(error.messageId()).isEqualTo("a5");
        }

        @Test
        void theOcpp21CallResultErrorTypeIsNotSupportedIn201() {
            assertThat(reply("""
                    [5, "a6", "FormatViolation", "bad result", {}]""").errorCode()).isEqualTo("MessageTypeNotSupported");
        }

        @Test
        void anEmptyActionIsAnRpcFrameworkError() {
            assertThat(reply("""
                    [2, "a7", "", {}]""").errorCode()).isEqualTo("RpcFrameworkError");
        }

        @Test
        void aPayloadThatIsNotAnObjectIsAFormatViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "a8", "Heartbeat", "{}"]""");
            assertThat(error.errorCode()).isEqualTo("FormatViolation");
            assertThat(error.messageId()).isEqualTo("a8");
        }

        @Test
        void aBrokenCallErrorIsIgnoredNotAnswered() {
            Inbound<Ocpp201Request> inbound = CSMS.decode("""
                    [4, "a9", "InternalError", 500, {}]""");
            assertThat(inbound).isInstanceOfSatisfying(Inbound.Ignored.class, ignored -> {
                assertThat(ignored.messageId()).isEqualTo("a9");
                assertThat(ignored.fault()).isEqualTo(Fault.INVALID_FRAME);
            });
        }

        @Test
        void aCallResultWithAnUnreadableIdIsIgnoredNotAnsweredWithMinusOne() {
            Inbound<Ocpp201Request> inbound = CSMS.decode("""
                    [3, 42, {"status": "Accepted"}]""");
            assertThat(inbound).isInstanceOfSatisfying(Inbound.Ignored.class, ignored -> {
                assertThat(ignored.messageId()).isEqualTo("-1");
                assertThat(ignored.fault()).isEqualTo(Fault.INVALID_MESSAGE_ID);
            });
        }

        @Test
        void aLongDescriptionIsCutTo255Characters() {
            String action = "X".repeat(400);
            OcppFrame.CallError error = reply("[2, \"a10\", \"" + action + "\", {}]");
            assertThat(error.errorDescription()).hasSize(255).endsWith("...");
        }
    }

    @Nested
    class TheAction {
        @Test
        void anUnknownActionIsNotImplemented() {
            OcppFrame.CallError error = reply("""
                    [2, "b1", "StartTransaction", {"connectorId": 1}]""");
            assertThat(error.errorCode()).isEqualTo("NotImplemented");
            assertThat(error.messageId()).isEqualTo("b1");
        }

        @Test
        void aCsmsActionSentByAChargingStationIsNotSupported() {
            OcppFrame.CallError error = reply("""
                    [2, "b2", "RequestStartTransaction", {"idToken": {"idToken": "T", "type": "ISO14443"}, "remoteStartId": 1}]""");
            assertThat(error.errorCode()).isEqualTo("NotSupported");
        }

        @Test
        void dataTransferGoesBothWays() {
            String frame = """
                    [2, "b3", "DataTransfer", {"vendorId": "com.example", "data": {"any": ["json", 1]}}]""";
            assertThat(Rejections.accepted(CSMS, frame)).isNotNull();
            assertThat(Rejections.accepted(STATION, frame)).isNotNull();
        }
    }

    @Nested
    class ThePayload {
        @Test
        void aMissingRequiredFieldIsAnOccurrenceConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c1", "BootNotification", {"chargingStation": {"model": "M1", "vendorName": "V"}}]""");
            assertThat(error.errorCode()).isEqualTo("OccurrenceConstraintViolation");
            assertThat(error.messageId()).isEqualTo("c1");
            assertThat(error.errorDescription()).isEqualTo("reason: required property is missing");
        }

        @Test
        void aMissingNestedFieldNamesItsPath() {
            OcppFrame.CallError error = reply("""
                    [2, "c2", "BootNotification", {"reason": "PowerUp", "chargingStation": {"vendorName": "V"}}]""");
            assertThat(error.errorCode()).isEqualTo("OccurrenceConstraintViolation");
            assertThat(error.errorDescription()).startsWith("chargingStation.model:");
        }

        @Test
        void aStringWhereAnIntegerBelongsIsATypeConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c3", "StatusNotification",
                     {"timestamp": "2024-05-01T10:00:00Z", "connectorStatus": "Available", "evseId": "1", "connectorId": 1}]""");
            assertThat(error.errorCode()).isEqualTo("TypeConstraintViolation");
            assertThat(error.errorDescription()).startsWith("evseId:");
        }

        @Test
        void aValueOutsideTheEnumerationIsAPropertyConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c4", "BootNotification", {"reason": "Reboot", "chargingStation": {"model": "M1", "vendorName": "V"}}]""");
            assertThat(error.errorCode()).isEqualTo("PropertyConstraintViolation");
            assertThat(error.errorDescription()).startsWith("reason:");
        }

        @Test
        void aStringLongerThanItsMaxLengthIsAPropertyConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c5", "BootNotification",
                     {"reason": "PowerUp", "chargingStation": {"model": "ABCDEFGHIJKLMNOPQRSTU", "vendorName": "V"}}]""");
            assertThat(error.errorCode()).isEqualTo("PropertyConstraintViolation");
            assertThat(error.errorDescription()).isEqualTo("chargingStation.model: length 21 exceeds maxLength 20");
        }

        @Test
        void aListLongerThanItsMaxItemsIsAnOccurrenceConstraintViolation() {
            String hash = """
                    {"hashAlgorithm": "SHA256", "issuerNameHash": "a", "issuerKeyHash": "b", "serialNumber": "c",
                     "responderURL": "https://ocsp.example.com"}""";
            OcppFrame.CallError error =
                    reply("[2, \"c6\", \"Authorize\", {\"idToken\": {\"idToken\": \"T\", \"type\": \"ISO14443\"},"
                            + " \"iso15118CertificateHashData\": [" + String.join(",", hash, hash, hash, hash, hash)
                            + "]}]");
            assertThat(error.errorCode()).isEqualTo("OccurrenceConstraintViolation");
            assertThat(error.errorDescription())
                    .isEqualTo("iso15118CertificateHashData: 5 items, more than maxItems 4");
        }

        @Test
        void aNumberAboveItsMaximumIsAPropertyConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c7", "NotifyEVChargingNeeds", {"evseId": 1, "chargingNeeds": {"requestedEnergyTransfer": "DC",
                      "dcChargingParameters": {"evMaxCurrent": 200, "evMaxVoltage": 800, "stateOfCharge": 101}}}]""");
            assertThat(error.errorCode()).isEqualTo("PropertyConstraintViolation");
            assertThat(error.errorDescription())
                    .isEqualTo("chargingNeeds.dcChargingParameters.stateOfCharge: 101 exceeds maximum 100");
        }

        @Test
        void anImpossibleDateIsATypeConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c8", "StatusNotification",
                     {"timestamp": "2024-02-30T10:00:00Z", "connectorStatus": "Available", "evseId": 1, "connectorId": 1}]""");
            assertThat(error.errorCode()).isEqualTo("TypeConstraintViolation");
            assertThat(error.errorDescription()).startsWith("timestamp:");
        }

        @Test
        void aFieldTheSchemaDoesNotKnowIsAProtocolError() {
            OcppFrame.CallError error = reply("""
                    [2, "c9", "Heartbeat", {"uptime": 3600}]""");
            assertThat(error.errorCode()).isEqualTo("ProtocolError");
            assertThat(error.errorDescription()).isEqualTo("uptime: property is not allowed by the schema");
        }

        @Test
        void customDataMayCarryVendorFields() {
            Ocpp201Request request = Rejections.accepted(CSMS, """
                    [2, "c10", "BootNotification", {"reason": "PowerUp",
                      "chargingStation": {"model": "M1", "vendorName": "V"},
                      "customData": {"vendorId": "com.example", "firmwareChannel": "beta"}}]""");
            assertThat(((BootNotificationRequest) request).customData().additionalProperties())
                    .containsKey("firmwareChannel");
        }

        @Test
        void aDateTimeWithAnOffsetIsAccepted() {
            assertThat(Rejections.accepted(CSMS, """
                    [2, "c11", "StatusNotification",
                     {"timestamp": "2024-05-01T12:00:00+02:00", "connectorStatus": "Available", "evseId": 1, "connectorId": 1}]""")).isNotNull();
        }
    }
}
