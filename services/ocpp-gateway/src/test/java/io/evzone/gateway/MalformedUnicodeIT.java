package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import org.junit.jupiter.api.Test;

/**
 * Half a surrogate pair escaped in JSON ({@code "\ud800"}) cannot be sent back in a UTF-8 frame: an answer that
 * echoed it failed and closed the connection (4500). It is the spec's CALLERROR now, and the connection stays up.
 */
class MalformedUnicodeIT extends GatewayIntegrationTest {

    private static void stillServed(RawCharger charger, String id) {
        charger.send("[2,\"" + id + "\",\"Heartbeat\",{}]");
        assertThat(charger.answerTo(id)).startsWith("[3,\"" + id + "\"");
        assertThat(charger.closed).isNotDone();
    }

    @Test
    void ocpp16AnswersAnUnpairedSurrogateInTheMessageIdPayloadOrActionAndStaysConnected() {
        try (RawCharger charger = RawCharger.connect(ws("CP_SURROGATE_16"), "ocpp1.6")) {
            charger.send("""
                    [2,"\\ud800","Heartbeat",{}]""");
            assertThat(charger.await(f -> f.startsWith("[4,\"-1\""))).contains("ProtocolError");
            stillServed(charger, "hb-1");

            charger.send("""
                    [2,"u-1","StatusNotification",{"connectorId":1,"errorCode":"\\udc00","status":"Available"}]""");
            charger.send("""
                    [2,"u-2","DataTransfer",{"vendorId":"EVZone","data":"x\\ud800y"}]""");
            charger.send("""
                    [2,"u-3","Heart\\ud800beat",{}]""");
            assertThat(charger.answerTo("u-1")).startsWith("[4,\"u-1\",\"PropertyConstraintViolation\"");
            assertThat(charger.answerTo("u-2")).startsWith("[4,\"u-2\",\"PropertyConstraintViolation\"");
            assertThat(charger.answerTo("u-3")).startsWith("[4,\"u-3\",\"NotImplemented\"");
            stillServed(charger, "hb-2");
        }
    }

    @Test
    void ocpp201AnswersAnUnpairedSurrogateInTheMessageIdOrPayloadAndStaysConnected() {
        try (RawCharger station = RawCharger.connect(ws("CP_SURROGATE_201"), "ocpp2.0.1")) {
            station.send("""
                    [2,"\\udfff","Heartbeat",{}]""");
            assertThat(station.await(f -> f.startsWith("[4,\"-1\""))).contains("RpcFrameworkError");
            station.send("""
                    [2,"v-1","DataTransfer",{"vendorId":"\\ud800"}]""");
            assertThat(station.answerTo("v-1")).startsWith("[4,\"v-1\",\"PropertyConstraintViolation\"");
            stillServed(station, "hb-3");
        }
    }

    @Test
    void aWholeSurrogatePairIsOrdinaryText() {
        try (RawCharger charger = RawCharger.connect(ws("CP_SURROGATE_PAIR"), "ocpp1.6")) {
            charger.send("""
                    [2,"p-1","DataTransfer",{"vendorId":"\\ud83d\\udd0c"}]""");

            assertThat(charger.answerTo("p-1")).contains("UnknownVendorId");
        }
    }
}
