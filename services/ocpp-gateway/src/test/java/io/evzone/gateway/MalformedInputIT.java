package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.gateway.config.GatewayProperties;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whatever one charger sends, it gets the spec's CALLERROR or a clean close, and its neighbour sees nothing. */
class MalformedInputIT extends GatewayIntegrationTest {

    @Autowired
    GatewayProperties properties;

    private void neighbourStillServed(RawCharger neighbour, String id) {
        neighbour.send("[2,\"" + id + "\",\"Heartbeat\",{}]");
        assertThat(neighbour.answerTo(id)).startsWith("[3,\"" + id + "\"");
        assertThat(neighbour.received).noneMatch(f -> f.startsWith("[4,"));
    }

    @Test
    void answersInvalidJsonWithFormationViolationIn16AndRpcFrameworkErrorIn201() {
        try (RawCharger v16 = RawCharger.connect(ws("CP_BAD_JSON_16"), "ocpp1.6");
                RawCharger v201 = RawCharger.connect(ws("CP_BAD_JSON_201"), "ocpp2.0.1");
                RawCharger neighbour = RawCharger.connect(ws("CP_NEIGHBOUR_1"), "ocpp1.6")) {
            v16.send("[2,\"a\",\"Heartbeat\",{");
            v201.send("this is not json");

            assertThat(v16.await(f -> f.startsWith("[4,"))).startsWith("[4,\"-1\",\"FormationViolation\"");
            assertThat(v201.await(f -> f.startsWith("[4,"))).startsWith("[4,\"-1\",\"RpcFrameworkError\"");
            neighbourStillServed(neighbour, "n-1");
        }
    }

    @Test
    void answersWrongArrayShapesUnknownActionsAndInvalidPayloads() {
        try (RawCharger charger = RawCharger.connect(ws("CP_SHAPES"), "ocpp1.6");
                RawCharger neighbour = RawCharger.connect(ws("CP_NEIGHBOUR_2"), "ocpp1.6")) {
            charger.send("""
                    [2,"s-1","Heartbeat"]""");
            charger.send("""
                    [2,"s-2","FlyToTheMoon",{}]""");
            charger.send("""
                    [2,"s-3","StatusNotification",{"connectorId":"one","errorCode":"NoError","status":"Available"}]""");
            charger.send("""
                    [2,"s-4","StatusNotification",{"connectorId":1,"errorCode":"NoError"}]""");
            charger.send("""
                    [2,"s-5","RemoteStartTransaction",{"idTag":"X"}]""");
            charger.send("""
                    {"not":"an array"}""");

            assertThat(charger.answerTo("s-1")).contains("ProtocolError");
            assertThat(charger.answerTo("s-2")).contains("NotImplemented");
            assertThat(charger.answerTo("s-3")).contains("TypeConstraintViolation");
            assertThat(charger.answerTo("s-4")).contains("OccurenceConstraintViolation");
            assertThat(charger.answerTo("s-5")).contains("NotSupported");
            assertThat(charger.await(f -> f.startsWith("[4,\"-1\""))).contains("ProtocolError");
            neighbourStillServed(neighbour, "n-2");
        }
    }

    @Test
    void closesOnBinaryFramesWith1003() {
        try (RawCharger charger = RawCharger.connect(ws("CP_BINARY"), "ocpp1.6");
                RawCharger neighbour = RawCharger.connect(ws("CP_NEIGHBOUR_3"), "ocpp1.6")) {
            charger.sendBinary(new byte[] {1, 2, 3});

            assertThat(charger.awaitClose()).isEqualTo(1003);
            neighbourStillServed(neighbour, "n-3");
        }
    }

    @Test
    void closesOnOversizedFramesWith1009() {
        try (RawCharger charger = RawCharger.connect(ws("CP_HUGE"), "ocpp1.6");
                RawCharger neighbour = RawCharger.connect(ws("CP_NEIGHBOUR_4"), "ocpp1.6")) {
            charger.send("[2,\"h-1\",\"DataTransfer\",{\"vendorId\":\"x\",\"data\":\"" + "x".repeat(70_000) + "\"}]");

            assertThat(charger.awaitClose()).isEqualTo(1009);
            neighbourStillServed(neighbour, "n-4");
        }
    }

    @Test
    void acceptsLargeFramesBelowTheLimit() {
        try (RawCharger charger = RawCharger.connect(ws("CP_LARGE"), "ocpp1.6")) {
            charger.send("[2,\"l-1\",\"DataTransfer\",{\"vendorId\":\"x\",\"data\":\"" + "x".repeat(20_000) + "\"}]");

            assertThat(charger.answerTo("l-1")).contains("UnknownVendorId");
        }
    }

    @Test
    void refusesFloodsAndFinallyClosesTheFloodingCharger() {
        try (RawCharger flooder = RawCharger.connect(ws("CP_FLOOD"), "ocpp1.6");
                RawCharger neighbour = RawCharger.connect(ws("CP_NEIGHBOUR_5"), "ocpp1.6")) {
            for (int i = 0; i < 400 && !flooder.closed.isDone(); i++) {
                try {
                    flooder.send("[2,\"f-" + i + "\",\"Heartbeat\",{}]");
                } catch (RuntimeException closed) {
                    break;
                }
            }

            assertThat(flooder.awaitClose()).isEqualTo(1008);
            assertThat(flooder.received).anyMatch(f -> f.contains("Rate limit exceeded"));
            neighbourStillServed(neighbour, "n-5");
        }
    }

    @Test
    void aFlooderThatReconnectsGetsNoFreshBurst() {
        int burst = properties.rateLimit().burst();
        try (RawCharger flooder = RawCharger.connect(ws("CP_REFLOOD"), "ocpp1.6")) {
            assertThat(heartbeatsAnswered(flooder, "r1-", burst + 10)).isLessThanOrEqualTo(burst + 5);
        }
        try (RawCharger again = RawCharger.connect(ws("cp_reflood"), "ocpp1.6")) {
            assertThat(heartbeatsAnswered(again, "r2-", burst))
                    .as("the bucket emptied by the first connection only refilled while reconnecting")
                    .isLessThan(burst / 2);
        }
    }

    /** Sends heartbeats back to back; how many were answered rather than refused. */
    private static long heartbeatsAnswered(RawCharger charger, String prefix, int count) {
        for (int i = 0; i < count; i++) {
            charger.send("[2,\"" + prefix + i + "\",\"Heartbeat\",{}]");
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> answersTo(charger, prefix, "[3,") + answersTo(charger, prefix, "[4,") == count);
        return answersTo(charger, prefix, "[3,");
    }

    private static long answersTo(RawCharger charger, String prefix, String frameType) {
        return charger.received.stream()
                .filter(frame -> frame.startsWith(frameType + "\"" + prefix))
                .count();
    }
}
