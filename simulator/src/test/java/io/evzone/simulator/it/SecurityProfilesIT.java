package io.evzone.simulator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.ocpp.OcppVersion;
import io.evzone.simulator.run.RunningSimulation;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.run.SimulatorOptions;
import io.evzone.simulator.run.SimulatorSummary;
import io.evzone.simulator.transport.SecurityOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's side of the OCPP security profiles (1.6 Security Whitepaper, 2.0.1 Part 2 A00), over real
 * sockets against the test CSMS: profile 1 is HTTP Basic over {@code ws://}, profile 2 adds TLS trusting the given
 * CA, profile 3 authenticates with a client certificate instead. Certificates come from {@link TestPki}.
 */
class SecurityProfilesIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PASSWORD = "s3cret:with colon é";

    @TempDir
    static Path certificates;

    private static TestPki pki;
    private TestCsms csms;

    @BeforeAll
    static void makeCertificates() {
        pki = TestPki.create(certificates);
    }

    @AfterEach
    void stopCsms() throws InterruptedException {
        if (csms != null) {
            csms.stop(1000);
        }
    }

    private static TestCsms csms() {
        return new TestCsms(r -> CsmsAnswers.ocpp16(r, 60), r -> CsmsAnswers.ocpp201(r, 60));
    }

    private RunningSimulation simulate(OcppVersion version, String prefix, int chargers, SecurityOptions security) {
        return Simulator.start(SimulatorOptions.builder(URI.create(csms.url()))
                .chargers(chargers)
                .version(version)
                .prefix(prefix)
                .rampPerSecond(0)
                .security(security)
                .build());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitBooted(RunningSimulation simulation, int chargers) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            var snapshot = simulation.snapshot();
            assertThat(snapshot.booted()).as("chargers booted; %s", snapshot).isEqualTo(chargers);
        });
    }

    @Test
    void profile1SendsBasicAuthWithTheChargerIdAndItsPasswordOverPlainWebSocket() throws Exception {
        csms = csms().startAndWait();
        try (var simulation = simulate(OcppVersion.V16, "SP1", 3, SecurityOptions.basic(PASSWORD))) {
            awaitBooted(simulation, 3);
            for (String id : simulation.chargers().stream().map(c -> c.id()).toList()) {
                assertThat(csms.chargers.get(id).authorization).isEqualTo(basic(id, PASSWORD));
                assertThat(csms.chargers.get(id).clientCertificate).isNull();
            }
            assertThat(simulation.stop().errors()).isZero();
        }
    }

    @Test
    void trustsACaCertificateGivenAsAPemFile() throws Exception {
        csms = csms().tls(pki.serverContext(), false).startAndWait();
        var security = new SecurityOptions(null, pki.caPem(), null, null, null);
        try (var simulation = simulate(OcppVersion.V16, "PEM", 1, security)) {
            awaitBooted(simulation, 1);
            assertThat(simulation.stop().errors()).isZero();
        }
    }

    @Test
    void profile2ConnectsOverTlsTrustingTheGivenCaAndSendsBasicAuth() throws Exception {
        csms = csms().tls(pki.serverContext(), false).startAndWait();
        assertThat(csms.url()).startsWith("wss://");
        var security = new SecurityOptions(PASSWORD, pki.truststore(), TestPki.PASSWORD, null, null);
        try (var simulation = simulate(OcppVersion.V201, "SP2", 2, security)) {
            awaitBooted(simulation, 2);
            for (String id : simulation.chargers().stream().map(c -> c.id()).toList()) {
                var seen = csms.chargers.get(id);
                assertThat(seen.authorization).isEqualTo(basic(id, PASSWORD));
                assertThat(seen.clientCertificate).isNull();
                assertThat(seen.count("BootNotification")).isEqualTo(1);
            }
            assertThat(simulation.stop().errors()).isZero();
        }
    }

    @Test
    void profile3PresentsAClientCertificateWhoseCommonNameIsTheChargerId() throws Exception {
        csms = csms().tls(pki.serverContext(), true).startAndWait();
        String id = "SP3-00001";
        var security =
                new SecurityOptions(null, pki.truststore(), TestPki.PASSWORD, pki.clientKeystore(id), TestPki.PASSWORD);
        try (var simulation = simulate(OcppVersion.V16, "SP3", 1, security)) {
            assertThat(simulation.chargers())
                    .singleElement()
                    .extracting(c -> c.id())
                    .isEqualTo(id);
            awaitBooted(simulation, 1);
            var seen = csms.chargers.get(id);
            assertThat(seen.clientCertificate).isNotNull();
            assertThat(seen.clientCertificate.getSubjectX500Principal().getName())
                    .isEqualTo("CN=" + id);
            assertThat(seen.authorization).as("no password in profile 3").isEmpty();
            assertThat(simulation.stop().errors()).isZero();
        }
    }

    @Test
    void aServerCertificateTheTruststoreDoesNotVouchForIsACountedConnectFailure() throws Exception {
        csms = csms().tls(pki.serverContext(), false).startAndWait();
        var security = new SecurityOptions(PASSWORD, pki.untrustedTruststore(), TestPki.PASSWORD, null, null);
        SimulatorSummary summary = failToConnect(simulate(OcppVersion.V16, "SPX", 1, security));
        assertThat(summary.recentErrors())
                .first()
                .asString()
                .contains(
                        "SPX-00001: connect failed",
                        "TLS handshake failed: the CSMS's certificate is not trusted",
                        "PKIX path validation failed");
    }

    @Test
    void aServerRequiringAClientCertificateRefusesAChargerWithoutOneAsACountedConnectFailure() throws Exception {
        csms = csms().tls(pki.serverContext(), true).startAndWait();
        var security = new SecurityOptions(PASSWORD, pki.truststore(), TestPki.PASSWORD, null, null);
        SimulatorSummary summary = failToConnect(simulate(OcppVersion.V201, "SPY", 1, security));
        assertThat(summary.recentErrors())
                .first()
                .asString()
                .contains(
                        "SPY-00001: connect failed",
                        "TLS handshake failed",
                        "the CSMS may require a client certificate (security profile 3");
    }

    /** Waits for the charger's first failed attempt; it never connected and the CSMS never saw it. */
    private SimulatorSummary failToConnect(RunningSimulation simulation) {
        try (simulation) {
            await().atMost(PATIENCE).until(() -> simulation.snapshot().connectFailures() >= 1);
            SimulatorSummary summary = simulation.stop();
            assertThat(summary.last().connectFailures()).isGreaterThanOrEqualTo(1);
            assertThat(summary.last().errors())
                    .as("a connect failure, not an OCPP error")
                    .isZero();
            assertThat(summary.connected()).isZero();
            assertThat(summary.booted()).isZero();
            assertThat(csms.chargers).as("no WebSocket opened").isEmpty();
            return summary;
        }
    }
}
