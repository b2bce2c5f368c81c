package io.evzone.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.evzone.gateway.config.LocalCaNotice;
import io.evzone.simulator.run.RunningSimulation;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.run.SimulatorOptions;
import io.evzone.simulator.transport.SecurityOptions;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secure by default (issue 14): {@code ./evzone start} makes a local CA on first start, serves wss:// with it
 * beside ws://, names the CA file chargers must trust, and keeps the same CA on the next start.
 */
class LocalCaIT {

    private static final int PORT_OFFSET = 25000;

    @TempDir
    Path dataDir;

    @Test
    void aFirstStartServesWssWithANewCaAndASecondStartKeepsIt() throws Exception {
        Path caFile = dataDir.resolve("pki").resolve("ca.pem").toAbsolutePath().normalize();
        byte[] ca;
        try (RunningPlatform platform =
                RunningPlatform.start(TestLaunches.settings(dataDir, PORT_OFFSET), service -> {})) {
            assertThat(platform.bean(LocalCaNotice.class).flatMap(LocalCaNotice::line))
                    .hasValueSatisfying(line -> assertThat(line)
                            .contains("wss://localhost:" + (3443 + PORT_OFFSET) + "/ocpp/", caFile.toString()));
            ca = Files.readAllBytes(caFile);
            bootsOverWssTrusting(caFile, "LOCAL-CA-1");
        }

        try (RunningPlatform platform =
                RunningPlatform.start(TestLaunches.settings(dataDir, PORT_OFFSET), service -> {})) {
            assertThat(Files.readAllBytes(caFile)).isEqualTo(ca);
            bootsOverWssTrusting(caFile, "LOCAL-CA-2");
        }
    }

    /** The simulator's charger as {@code ./evzone simulate --ca-cert FILE} runs it: a real TLS socket. */
    private static void bootsOverWssTrusting(Path caFile, String prefix) {
        SimulatorOptions options = SimulatorOptions.builder(
                        URI.create("wss://localhost:" + (3443 + PORT_OFFSET) + "/ocpp"))
                .chargers(1)
                .prefix(prefix)
                .version(io.evzone.ocpp.OcppVersion.V201)
                .security(new SecurityOptions(null, caFile, null, null, null))
                .progress(false)
                .build();
        try (RunningSimulation simulation = Simulator.start(options)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> simulation.snapshot().booted() == 1);
            assertThat(simulation.stop().errors()).isZero();
        }
    }
}
