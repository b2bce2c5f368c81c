package io.evzone.ocpp.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.evzone.ocpp.Fault;
import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.RpcErrorCode;
import io.evzone.ocpp.json.OcppJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class FrameCodecTest {
    private static final FrameCodec V16 = new FrameCodec(OcppVersion.V16);
    private static final FrameCodec V21 = new FrameCodec(OcppVersion.V21);

    @Test
    void readsEachFrameTypeOf16() {
        assertThat(frame(V16, """
                [2, "1", "BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"}]""")).isEqualTo(new OcppFrame.Call("1", "BootNotification", json("""
                        {"chargePointVendor": "V", "chargePointModel": "M"}""")));
        assertThat(frame(V16, """
                [3, "1", {"status": "Accepted"}]""")).isEqualTo(new OcppFrame.CallResult("1", json("""
                        {"status": "Accepted"}""")));
        assertThat(frame(V16, """
                [4, "1", "GenericError", "boom", {"cause": "x"}]""")).isEqualTo(new OcppFrame.CallError("1", "GenericError", "boom", json("""
                        {"cause": "x"}""")));
    }

    @Test
    void readsTheTwoFrameTypesOcpp21Adds() {
        assertThat(frame(V21, """
                [5, "7", "FormatViolation", "bad result", {}]""")).isInstanceOf(OcppFrame.CallResultError.class);
        assertThat(frame(V21, """
                [6, "8", "NotifyPeriodicEventStream", {"id": 1, "pending": 0, "basetime": "2024-08-27T12:30:40Z", "data": []}]""")).isInstanceOf(OcppFrame.Send.class);
    }

    @Test
    void aBrokenSendIsNotAnswered() {
        ParseResult.Malformed malformed = (ParseResult.Malformed) V21.parse("""
                [6, "8", "NotifyPeriodicEventStream", []]""");
        assertThat(malformed.expectsCallError()).isFalse();
    }

    @Test
    void anUnknownMessageTypeIsAnsweredAndSaysWhichCode() {
        ParseResult.Malformed malformed = (ParseResult.Malformed) V21.parse("""
                [8, "9", "Future", {}]""");
        assertThat(malformed.expectsCallError()).isTrue();
        assertThat(malformed.fault()).isEqualTo(Fault.UNSUPPORTED_MESSAGE_TYPE);
        assertThat(malformed.errorCode()).isEqualTo(RpcErrorCode.MESSAGE_TYPE_NOT_SUPPORTED);
        assertThat(malformed.messageId()).isEqualTo("9");
    }

    @Test
    void writesCompactFramesThatReadBackEqual() {
        OcppFrame call = new OcppFrame.Call("42", "Heartbeat", json("{}"));
        OcppFrame error = new OcppFrame.CallError("42", "InternalError", "db down", json("{}"));

        assertThat(V16.write(call)).isEqualTo("[2,\"42\",\"Heartbeat\",{}]");
        assertThat(V16.write(error)).isEqualTo("[4,\"42\",\"InternalError\",\"db down\",{}]");
        assertThat(frame(V16, V16.write(call))).isEqualTo(call);
    }

    @Test
    void buildsCallErrorsWithTheVersionsCode() {
        assertThat(V16.callError("1", Fault.MISSING_PROPERTY, "x").errorCode())
                .isEqualTo("OccurenceConstraintViolation");
        assertThat(V21.callError("1", Fault.MISSING_PROPERTY, "x").errorCode())
                .isEqualTo("OccurrenceConstraintViolation");
    }

    @Test
    void refusesACodeTheVersionDoesNotDefine() {
        assertThatThrownBy(() -> V16.callError("1", RpcErrorCode.RPC_FRAMEWORK_ERROR, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverThrowsOnGarbage() {
        for (String garbage : new String[] {
            "", " ", "null", "42", "[null]", "[2]", "[2, null]", "[[]]", "\u0000", "[2,\"a\",\"b\",{}]]"
        }) {
            assertThat(V16.parse(garbage)).as(garbage).isInstanceOf(ParseResult.Malformed.class);
        }
    }

    private static OcppFrame frame(FrameCodec codec, String text) {
        ParseResult result = codec.parse(text);
        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).frame();
    }

    private static ObjectNode json(String text) {
        return (ObjectNode) OcppJson.mapper().readTree(text);
    }
}
