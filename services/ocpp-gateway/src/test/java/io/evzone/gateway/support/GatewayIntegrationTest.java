package io.evzone.gateway.support;

import static org.awaitility.Awaitility.await;

import io.evzone.contracts.Topics;
import io.evzone.contracts.charger.ChargerPasswordHash;
import io.evzone.contracts.charger.ChargerRegistered;
import io.evzone.contracts.charger.OcppVersion;
import io.evzone.contracts.charger.RegistrationStatus;
import io.evzone.gateway.bridge.Questions;
import io.evzone.gateway.command.CommandRouter;
import io.evzone.gateway.config.TomcatTuning;
import io.evzone.gateway.registry.ChargerRecords;
import io.evzone.platform.messaging.EventPublisher;
import io.evzone.platform.test.EvzoneIntegrationTest;
import io.evzone.platform.test.TestHttp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every gateway integration test runs in this one context (so Spring caches it): real embedded
 * PostgreSQL, Kafka and Redis, the TLS connector on a free port with the test PKI (and the local CA
 * for chargers' certificate requests), and
 * {@link DomainServices} playing the station and session services.
 */
@EvzoneIntegrationTest
public abstract class GatewayIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TomcatTuning tomcat;

    @Autowired
    protected EventPublisher publisher;

    @Autowired
    protected ChargerRecords records;

    @Autowired
    protected ChargerEvents events;

    @Autowired
    protected DomainServices domain;

    @Autowired
    protected Questions questions;

    @Autowired
    protected CommandRouter router;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        TestPki pki = TestPki.get();
        registry.add("evzone.gateway.node-id", () -> "node-a");
        registry.add("evzone.gateway.tls.port", () -> "0");
        registry.add("evzone.gateway.tls.keystore", pki.serverKeystore::toString);
        registry.add("evzone.gateway.tls.keystore-password", () -> TestPki.PASSWORD);
        registry.add("evzone.gateway.tls.truststore", pki.truststore::toString);
        registry.add("evzone.gateway.tls.truststore-password", () -> TestPki.PASSWORD);
        // The local CA signs chargers' requests; the configured keystore above still serves TLS (it wins).
        registry.add(
                "evzone.gateway.tls.local-ca.directory",
                () -> pki.directory.resolve("local-ca").toString());
        registry.add("evzone.gateway.question-timeout", () -> "3s");
        registry.add("evzone.gateway.boot-question-timeout", () -> "3s");
        registry.add("evzone.gateway.call-timeout", () -> "5s");
    }

    @BeforeEach
    void listenersReady() {
        await().atMost(Duration.ofSeconds(60)).until(() -> questions.ready() && router.ready());
    }

    protected String ws(String path) {
        return "ws://localhost:" + port + "/ocpp/" + path;
    }

    protected String wss(String path) {
        return "wss://localhost:" + tomcat.tlsPort() + "/ocpp/" + path;
    }

    protected TestHttp http() {
        return new TestHttp(port);
    }

    /** Registers a charger as the station service would, and waits until the gateway knows it. */
    protected void register(String chargePointId, int profile, String password) {
        register(new ChargerRegistered(
                chargePointId,
                "org-1",
                OcppVersion.V16,
                profile,
                password == null ? null : ChargerPasswordHash.hash(password),
                RegistrationStatus.ACCEPTED,
                false,
                Instant.now()));
    }

    /** Records chargers of org-1 without credentials in this node's registry at once, so org-1 may command them. */
    protected void ownedByOrg1(String... chargePointIds) {
        for (String chargePointId : chargePointIds) {
            records.apply(new ChargerRegistered(
                    chargePointId,
                    "org-1",
                    OcppVersion.V16,
                    0,
                    null,
                    RegistrationStatus.ACCEPTED,
                    false,
                    Instant.now()));
        }
    }

    protected void register(ChargerRegistered registration) {
        publisher.publish(Topics.STATION_EVENTS, registration.ocppId(), registration);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> records.find(registration.ocppId())
                        .filter(r -> r.registration() == registration.registration())
                        .isPresent());
    }
}
