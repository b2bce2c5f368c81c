package io.evzone.ocpp.v16;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.codec.Decoded;
import io.evzone.ocpp.codec.Inbound;
import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.ocpp.json.OcppJson;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.support.Rejections;
import io.evzone.ocpp.v16.messages.HeartbeatRequest;
import io.evzone.ocpp.v16.messages.Ocpp16Request;
import io.evzone.ocpp.v16.messages.Ocpp16Response;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Every way an inbound OCPP 1.6 frame can be wrong, as the raw text a charge point might send. */
class Ocpp16CallErrorTest {
    private static final OcppCodec<Ocpp16Request, Ocpp16Response> CENTRAL_SYSTEM = Ocpp16.codec(Role.CSMS);
    private static final OcppCodec<Ocpp16Request, Ocpp16Response> CHARGE_POINT = Ocpp16.codec(Role.CHARGING_STATION);

    private static OcppFrame.CallError reply(String frame) {
        return Rejections.replyTo(CENTRAL_SYSTEM, frame);
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) OcppJson.mapper().readTree(text);
    }

    @Nested
    class TheRpcFrame {
        @Test
        void invalidJsonIsAFormationViolationForMessageIdMinusOne() {
            OcppFrame.CallError error = reply("""
                    [2, "a1", "Heartbeat", {""");
            assertThat(error.errorCode()).isEqualTo("FormationViolation");
            assertThat(error.messageId()).isEqualTo("-1");
        }

        @Test
        void duplicateKeysMakeTheJsonInvalid() {
            OcppFrame.CallError error = reply("""
                    [2, "a1", "Authorize", {"idTag": "A", "idTag": "B"}]""");
            assertThat(error.errorCode()).isEqualTo("FormationViolation");
        }

        @Test
        void anObjectInsteadOfAnArrayIsAProtocolError() {
            OcppFrame.CallError error = reply("""
                    {"messageTypeId": 2, "uniqueId": "a2", "action": "Heartbeat"}""");
            assertThat(error.errorCode()).isEqualTo("ProtocolError");
            assertThat(error.messageId()).isEqualTo("-1");
        }

        @Test
        void anEmptyArrayIsAProtocolError() {
            assertThat(reply("[]").errorCode()).isEqualTo("ProtocolError");
        }

        @Test
        void aCallWithThreeElementsIsAProtocolErrorForItsOwnId() {
            OcppFrame.CallError error = reply("""
                    [2, "a3", "Heartbeat"]""");
            assertThat(error.errorCode()).isEqualTo("ProtocolError");
            assertThat(error.messageId()).isEqualTo("a3");
            assertThat(error.errorDescription()).contains("4 elements");
        }

        @Test
        void aMessageTypeThatIsNotANumberIsAProtocolError() {
            OcppFrame.CallError error = reply("""
                    ["2", "a4", "Heartbeat", {}]""");
            assertThat(error.errorCode()).isEqualTo("ProtocolError");
            assertThat(error.messageId()).isEqualTo("a4");
        }

        @Test
        void aNumericMessageIdCannotBeReadSoTheReplyUsesMinusOne() {
            OcppFrame.CallError error = reply("""
                    [2, 12345, "Heartbeat", {}]""");
            assertThat(error.errorCode()).isEqualTo("ProtocolError");
            assertThat(error.messageId()).isEqualTo("-1");
        }

        @Test
        void aMessageIdLongerThan36CharactersIsRejectedWithMinusOne() {
            OcppFrame.CallError error = reply("""
                    [2, "0123456789-0123456789-0123456789-0123", "Heartbeat", {}]""");
            assertThat(error.errorCode()).isEqualTo("ProtocolError");
            assertThat(error.messageId()).isEqualTo("-1");
        }

        @Test
        void aMessageIdOfExactly36CharactersIsAccepted() {
            assertThat(Rejections.accepted(CENTRAL_SYSTEM, """
                    [2, "0123456789-0123456789-0123456789-012", "Heartbeat", {}]""")).isEqualTo(new HeartbeatRequest());
        }

        @Test
        void anUnknownMessageTypeIsAProtocolErrorForItsId() {
            OcppFrame.CallError error = reply("""
                    [7, "a5", "Heartbeat", {}]""");
            assertThat(error.errorCode()).isEqualTo("ProtocolError");
            assertThat(error.messageId()).isEqualTo("a5");
        }

        @Test
        void theOcpp21SendTypeIsUnknownIn16() {
            assertThat(reply("""
                    [6, "a6", "NotifyPeriodicEventStream", {}]""").errorCode()).isEqualTo("ProtocolError");
        }

        @Test
        void anActionThatIsNotAStringIsAProtocolError() {
            assertThat(reply("""
                    [2, "a7", 42, {}]""").errorCode()).isEqualTo("ProtocolError");
        }

        @Test
        void aPayloadThatIsNotAnObjectIsAFormationViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "a8", "Heartbeat", ["not", "an", "object"]]""");
            assertThat(error.errorCode()).isEqualTo("FormationViolation");
            assertThat(error.messageId()).isEqualTo("a8");
        }

        @Test
        void aNullPayloadCountsAsEmpty() {
            // OCPP-J 1.6 §4.2.1: "JSON allows for two different notations: null or and empty object {}".
            assertThat(Rejections.accepted(CENTRAL_SYSTEM, """
                    [2, "a9", "Heartbeat", null]""")).isEqualTo(new HeartbeatRequest());
        }

        @Test
        void theReplyIsAFiveElementCallErrorWithEmptyDetails() {
            String frame = CENTRAL_SYSTEM.encode(reply("""
                    [2, "a10", "Heartbeat"]"""));
            assertThat(frame).isEqualTo("""
                    [4,"a10","ProtocolError","CALL must have 4 elements, not 3",{}]""");
        }

        @Test
        void aBrokenCallResultIsIgnoredNotAnswered() {
            Inbound<Ocpp16Request> inbound = CENTRAL_SYSTEM.decode("""
                    [3, "a11"]""");
            assertThat(inbound)
                    .isEqualTo(new Inbound.Ignored<>(
                            "a11", Fault.INVALID_FRAME, "CALLRESULT must have 3 elements, not 2"));
        }
    }

    @Nested
    class TheAction {
        @Test
        void anUnknownActionIsNotImplemented() {
            OcppFrame.CallError error = reply("""
                    [2, "b1", "BrewCoffee", {"strength": "strong"}]""");
            assertThat(error.errorCode()).isEqualTo("NotImplemented");
            assertThat(error.messageId()).isEqualTo("b1");
            assertThat(error.errorDescription()).contains("BrewCoffee");
        }

        @Test
        void actionNamesAreCaseSensitive() {
            assertThat(reply("""
                    [2, "b2", "heartbeat", {}]""").errorCode()).isEqualTo("NotImplemented");
        }

        @Test
        void aCentralSystemActionSentByAChargePointIsNotSupported() {
            OcppFrame.CallError error = reply("""
                    [2, "b3", "Reset", {"type": "Hard"}]""");
            assertThat(error.errorCode()).isEqualTo("NotSupported");
            assertThat(error.messageId()).isEqualTo("b3");
        }
    }

    @Nested
    class ThePayload {
        @Test
        void aMissingRequiredFieldIsAnOccurenceConstraintViolationNamingTheField() {
            OcppFrame.CallError error = reply("""
                    [2, "c1", "Authorize", {}]""");
            assertThat(error.errorCode()).isEqualTo("OccurenceConstraintViolation");
            assertThat(error.messageId()).isEqualTo("c1");
            assertThat(error.errorDescription()).isEqualTo("idTag: required property is missing");
        }

        @Test
        void aStringWhereAnIntegerBelongsIsATypeConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c2", "StartTransaction",
                     {"connectorId": "1", "idTag": "TAG", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}]""");
            assertThat(error.errorCode()).isEqualTo("TypeConstraintViolation");
            assertThat(error.errorDescription()).startsWith("connectorId:");
        }

        @Test
        void anIntegerBeyond32BitsIsATypeConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c3", "StartTransaction",
                     {"connectorId": 1, "idTag": "TAG", "meterStart": 3000000000, "timestamp": "2024-05-01T10:00:00Z"}]""");
            assertThat(error.errorCode()).isEqualTo("TypeConstraintViolation");
            assertThat(error.errorDescription()).startsWith("meterStart:");
        }

        @Test
        void nullForAnOptionalFieldIsATypeConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c4", "StatusNotification",
                     {"connectorId": 1, "errorCode": "NoError", "status": "Available", "info": null}]""");
            assertThat(error.errorCode()).isEqualTo("TypeConstraintViolation");
            assertThat(error.errorDescription()).startsWith("info:");
        }

        @Test
        void aValueOutsideTheEnumerationIsAPropertyConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c5", "StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Sleeping"}]""");
            assertThat(error.errorCode()).isEqualTo("PropertyConstraintViolation");
            assertThat(error.errorDescription()).startsWith("status: value 'Sleeping' is not one of");
        }

        @Test
        void aStringLongerThanItsMaxLengthIsAPropertyConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c6", "Authorize", {"idTag": "ABCDEFGHIJKLMNOPQRSTU"}]""");
            assertThat(error.errorCode()).isEqualTo("PropertyConstraintViolation");
            assertThat(error.errorDescription()).isEqualTo("idTag: length 21 exceeds maxLength 20");
        }

        @Test
        void anEmptyListWhereOneItemIsRequiredIsAnOccurenceConstraintViolation() {
            // The only minItems of the 1.6 schemas; a result is not answered, so it fails the pending call instead.
            Decoded<Ocpp16Response> decoded = CENTRAL_SYSTEM.decodeResult("GetInstalledCertificateIds", json("""
                    {"status": "Accepted", "certificateHashData": []}"""));
            assertThat(decoded).isInstanceOfSatisfying(Decoded.Invalid.class, invalid -> {
                assertThat(invalid.errorCode().wireName()).isEqualTo("OccurenceConstraintViolation");
                assertThat(invalid.description()).isEqualTo("certificateHashData: 0 items, fewer than minItems 1");
            });
        }

        @Test
        void anEmptyMeterValueListPassesBecauseTheOfficialSchemaSetsNoMinItems() {
            // OCPP 1.6 (MeterValues.req) makes meterValue 1..*, but the OCA's JSON schema, our oracle, does not enforce
            // it.
            assertThat(Rejections.accepted(CENTRAL_SYSTEM, """
                    [2, "c7", "MeterValues", {"connectorId": 1, "meterValue": []}]""")).isNotNull();
        }

        @Test
        void aViolationDeepInsideNamesTheFullPath() {
            OcppFrame.CallError error = reply("""
                    [2, "c8", "MeterValues", {"connectorId": 1, "meterValue": [
                      {"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": "12.3", "unit": "Parsec"}]}]}]""");
            assertThat(error.errorCode()).isEqualTo("PropertyConstraintViolation");
            assertThat(error.errorDescription()).startsWith("meterValue[0].sampledValue[0].unit:");
        }

        @Test
        void aTimestampThatIsNoDateTimeIsATypeConstraintViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c9", "StartTransaction",
                     {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": "yesterday at noon"}]""");
            assertThat(error.errorCode()).isEqualTo("TypeConstraintViolation");
            assertThat(error.errorDescription()).startsWith("timestamp:");
        }

        @Test
        void aTimestampWithoutOffsetIsNotRfc3339() {
            OcppFrame.CallError error = reply("""
                    [2, "c10", "StartTransaction",
                     {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": "2024-05-01T10:00:00"}]""");
            assertThat(error.errorCode()).isEqualTo("TypeConstraintViolation");
        }

        @Test
        void aFieldTheSchemaDoesNotKnowIsAFormationViolation() {
            OcppFrame.CallError error = reply("""
                    [2, "c11", "Heartbeat", {"uptime": 3600}]""");
            assertThat(error.errorCode()).isEqualTo("FormationViolation");
            assertThat(error.errorDescription()).isEqualTo("uptime: property is not allowed by the schema");
        }

        @Test
        void aLimitThatIsNotAMultipleOfOneTenthIsAPropertyConstraintViolation() {
            OcppFrame.CallError error = Rejections.replyTo(CHARGE_POINT, """
                    [2, "c12", "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": {
                      "chargingProfileId": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
                      "chargingProfileKind": "Absolute", "chargingSchedule": {"chargingRateUnit": "A",
                      "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.05}]}}}]""");
            assertThat(error.errorCode()).isEqualTo("PropertyConstraintViolation");
            assertThat(error.errorDescription())
                    .startsWith("csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit:");
        }

        @Test
        void aUriThatIsNotAbsoluteIsATypeConstraintViolation() {
            OcppFrame.CallError error = Rejections.replyTo(CHARGE_POINT, """
                    [2, "c13", "UpdateFirmware", {"location": "firmware.bin", "retrieveDate": "2024-05-01T10:00:00Z"}]""");
            assertThat(error.errorCode()).isEqualTo("TypeConstraintViolation");
        }
    }
}
