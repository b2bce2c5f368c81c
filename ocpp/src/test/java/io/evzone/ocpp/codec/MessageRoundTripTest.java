package io.evzone.ocpp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.ocpp.Direction;
import io.evzone.ocpp.OcppVersion;
import io.evzone.ocpp.Role;
import io.evzone.ocpp.rpc.OcppFrame;
import io.evzone.ocpp.rpc.ParseResult;
import io.evzone.ocpp.support.SchemaExamples;
import io.evzone.ocpp.v16.Ocpp16;
import io.evzone.ocpp.v201.Ocpp201;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * For every action of both versions: an example built from the official schema decodes into its record, and
 * the record encodes back to the same JSON, which the official schema accepts.
 */
class MessageRoundTripTest {

    static Stream<Arguments> actions() {
        return Stream.of(Ocpp16.actions(), Ocpp201.actions())
                .flatMap(registry ->
                        registry.all().stream().map(action -> Arguments.of(registry.version(), action.name())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("actions")
    void minimalRequestSurvivesDecodeAndEncode(OcppVersion version, String action) {
        requestRoundTrip(registry(version), action, false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("actions")
    void fullRequestSurvivesDecodeAndEncode(OcppVersion version, String action) {
        requestRoundTrip(registry(version), action, true);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("actions")
    void minimalResponseSurvivesDecodeAndEncode(OcppVersion version, String action) {
        responseRoundTrip(registry(version), action, false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("actions")
    void fullResponseSurvivesDecodeAndEncode(OcppVersion version, String action) {
        responseRoundTrip(registry(version), action, true);
    }

    private static <Q, R> void requestRoundTrip(ActionRegistry<Q, R> registry, String name, boolean full) {
        ActionDefinition<Q, R> action = registry.find(name).orElseThrow();
        ObjectNode example = example(action.requestSchema().document(), full);
        assertThat(action.requestSchema().validate(example))
                .as("the example itself")
                .isEmpty();
        Role sender = action.direction() == Direction.CSMS_TO_CHARGING_STATION ? Role.CSMS : Role.CHARGING_STATION;

        Inbound<Q> inbound =
                OcppCodec.create(registry, sender.peer()).decode("[2,\"rt-1\",\"" + name + "\"," + example + "]");

        assertThat(inbound).isInstanceOf(Inbound.Call.class);
        if (inbound instanceof Inbound.Call<Q> call) {
            assertThat(call.request()).isInstanceOf(action.requestType());
            OutgoingCall out = OcppCodec.create(registry, sender).encodeCall(call.request());
            ObjectNode encoded = ((OcppFrame.Call) parse(registry.version(), out.frame())).payload();
            assertThat(encoded).isEqualTo(example);
            assertThat(action.requestSchema().validate(encoded)).isEmpty();
        }
    }

    private static <Q, R> void responseRoundTrip(ActionRegistry<Q, R> registry, String name, boolean full) {
        ActionDefinition<Q, R> action = registry.find(name).orElseThrow();
        ObjectNode example = example(action.responseSchema().document(), full);
        assertThat(action.responseSchema().validate(example))
                .as("the example itself")
                .isEmpty();
        OcppCodec<Q, R> codec = OcppCodec.create(registry, Role.CSMS);

        Decoded<R> decoded = codec.decodeResult(name, example);

        assertThat(decoded).isInstanceOf(Decoded.Valid.class);
        if (decoded instanceof Decoded.Valid<R>(R response)) {
            assertThat(response).isInstanceOf(action.responseType());
            ObjectNode encoded =
                    ((OcppFrame.CallResult) parse(registry.version(), codec.encodeResult("rt-2", response))).payload();
            assertThat(encoded).isEqualTo(example);
            assertThat(action.responseSchema().validate(encoded)).isEmpty();
        }
    }

    private static ObjectNode example(JsonNode schema, boolean full) {
        return full ? SchemaExamples.full(schema) : SchemaExamples.minimal(schema);
    }

    private static OcppFrame parse(OcppVersion version, String text) {
        return ((ParseResult.Parsed) new io.evzone.ocpp.rpc.FrameCodec(version).parse(text)).frame();
    }

    private static ActionRegistry<?, ?> registry(OcppVersion version) {
        return version == OcppVersion.V16 ? Ocpp16.actions() : Ocpp201.actions();
    }
}
