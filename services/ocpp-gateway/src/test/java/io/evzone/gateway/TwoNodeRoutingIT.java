package io.evzone.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.evzone.gateway.command.CommandRouter;
import io.evzone.gateway.presence.ChargerPresence;
import io.evzone.gateway.presence.ChargerSessions;
import io.evzone.gateway.registry.ChargerRecords;
import io.evzone.gateway.support.GatewayIntegrationTest;
import io.evzone.gateway.support.RawCharger;
import io.evzone.gateway.support.SecondNode;
import io.evzone.platform.test.TestHttp;
import io.evzone.platform.test.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two gateway nodes: the test context is node A, {@link SecondNode} node B, sharing PostgreSQL, Kafka and Redis. */
class TwoNodeRoutingIT extends GatewayIntegrationTest {

    private static SecondNode nodeB;

    @Autowired
    private ChargerSessions sessions;

    @BeforeEach
    void startNodeB() {
        if (nodeB == null) {
            nodeB = SecondNode.start("node-b");
        }
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    /** A platform administrator: these chargers are unknown to the station, so of no organization. */
    private static String[] commander() {
        return TestHttp.bearer(TestTokens.platformAdmin());
    }

    private String wsNodeB(String chargePointId) {
        return "ws://localhost:" + nodeB.port() + "/ocpp/" + chargePointId;
    }

    private void awaitHeldByNodeB(String chargePointId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> router.locate(chargePointId)
                        .map(ChargerPresence.Location::node)
                        .filter("node-b"::equals)
                        .isPresent());
    }

    @Test
    void aCommandPostedToNodeAReachesAChargerOnNodeBAndItsAnswerComesBack() {
        String id = "CP_ON_NODE_B";
        try (RawCharger charger = RawCharger.connect(wsNodeB(id), "ocpp1.6").answering(call -> {
            String messageId = RawCharger.messageId(call);
            return call.contains("\"GetConfiguration\"")
                    ? "[3,\"" + messageId
                            + "\",{\"configurationKey\":[{\"key\":\"HeartbeatInterval\",\"readonly\":false,\"value\":\"300\"}]}]"
                    : "[3,\"" + messageId + "\",{\"status\":\"Accepted\"}]";
        })) {
            charger.send("[2,\"hb-b\",\"Heartbeat\",{}]");
            assertThat(charger.answerTo("hb-b")).startsWith("[3,");
            awaitHeldByNodeB(id);

            var reset = http().post(
                            "/api/v1/ocpp/charge-points/" + id + "/commands/reset", "{\"type\":\"HARD\"}", commander());
            assertThat(reset.statusCode()).isEqualTo(200);
            assertThat(reset.body())
                    .contains("\"status\":\"ACCEPTED\"")
                    .contains("\"ocppAction\":\"Reset\"")
                    .contains("\"gatewayNode\":\"node-b\"");
            assertThat(charger.received).anyMatch(f -> f.contains("\"Reset\",{\"type\":\"Hard\"}"));

            var configuration = http().post(
                            "/api/v1/ocpp/charge-points/" + id + "/calls/GetConfiguration",
                            "{\"key\":[\"HeartbeatInterval\"]}",
                            commander());
            assertThat(configuration.statusCode()).isEqualTo(200);
            assertThat(configuration.body())
                    .contains("\"status\":\"ACCEPTED\"")
                    .contains("\"key\":\"HeartbeatInterval\"")
                    .contains("\"value\":\"300\"");
        }
    }

    @Test
    void aChargerThatReconnectedToNodeBIsLetGoByNodeAAtItsNextRenewalAndCommandsFollowItThere() {
        String id = "CP_MOVED_TO_B";
        RawCharger onNodeA = RawCharger.connect(ws(id), "ocpp1.6");
        try (RawCharger onNodeB = RawCharger.connect(wsNodeB(id), "ocpp1.6")
                .answering(call -> "[3,\"" + RawCharger.messageId(call) + "\",{\"status\":\"Accepted\"}]")) {
            // The charger left node A without a close (its first connection is half-open there) and came back on B.
            onNodeB.send("[2,\"hb-m\",\"Heartbeat\",{}]");
            assertThat(onNodeB.answerTo("hb-m")).startsWith("[3,");
            awaitHeldByNodeB(id);

            sessions.renewRegistry();

            assertThat(onNodeA.awaitClose())
                    .as("node A lets its stale connection go")
                    .isEqualTo(1000);
            assertThat(router.locate(id).map(ChargerPresence.Location::node))
                    .as("node A's renewal left node B's entry")
                    .contains("node-b");
            var reset = http().post(
                            "/api/v1/ocpp/charge-points/" + id + "/commands/reset", "{\"type\":\"SOFT\"}", commander());
            assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
            assertThat(reset.body()).contains("\"gatewayNode\":\"node-b\"");
        } finally {
            onNodeA.close();
        }
    }

    @Test
    void aCommandForAChargerThatLeftNodeBIsOfflineOnNodeA() {
        String id = "CP_LEFT_NODE_B";
        RawCharger charger = RawCharger.connect(wsNodeB(id), "ocpp1.6");
        charger.send("[2,\"hb-l\",\"Heartbeat\",{}]");
        charger.answerTo("hb-l");
        awaitHeldByNodeB(id);
        charger.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> router.locate(id).isEmpty());

        var response =
                http().post("/api/v1/ocpp/charge-points/" + id + "/commands/reset", "{\"type\":\"SOFT\"}", commander());
        assertThat(response.statusCode()).isEqualTo(409);
    }

    /**
     * Regression: node B used to share node A's consumer group on station.events.v1 (and its
     * processed-event record), so it never learned the registrations node A consumed, and let such a
     * profile 1 charger in as an unknown one, without a password.
     */
    @Test
    void everyNodeLearnsEveryRegistrationAndEnforcesItsSecurityProfile() {
        ChargerRecords recordsOfNodeB = nodeB.bean(ChargerRecords.class);
        List<String> ids =
                IntStream.range(0, 8).mapToObj(i -> "CP_EVERY_NODE_" + i).toList();
        ids.forEach(id -> register(id, 1, "secret-" + id));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> ids.stream().allMatch(id -> recordsOfNodeB.find(id).isPresent()));
        for (String id : ids) {
            assertThatThrownBy(() -> RawCharger.connectWithPassword(wsNodeB(id), "wrong", "ocpp1.6"))
                    .isInstanceOfSatisfying(
                            RawCharger.HandshakeRefused.class,
                            e -> assertThat(e.status).isEqualTo(401));
        }
        try (RawCharger charger =
                RawCharger.connectWithPassword(wsNodeB(ids.getFirst()), "secret-" + ids.getFirst(), "ocpp1.6")) {
            charger.send("[2,\"hb-s\",\"Heartbeat\",{}]");
            assertThat(charger.answerTo("hb-s")).startsWith("[3,");
        }
    }

    @Test
    void nodeBIsReallyAnotherNode() {
        assertThat(nodeB.bean(CommandRouter.class).routingGroup()).endsWith("node-b");
        assertThat(router.routingGroup()).endsWith("node-a");
        assertThat(nodeB.port()).isNotEqualTo(port);
    }
}
