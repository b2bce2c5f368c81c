package io.evzone.simulator.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.evzone.simulator.bench.Bench;
import io.evzone.simulator.bench.BenchOptions;
import io.evzone.simulator.bench.BenchResult;
import io.evzone.simulator.bench.Workload;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's programmatic API, small, against the test CSMS (which has no metrics endpoint). */
class BenchIT {
    private TestCsms csms;

    @BeforeEach
    void startCsms() throws InterruptedException {
        csms = new TestCsms(r -> CsmsAnswers.ocpp16(r, 60), r -> CsmsAnswers.ocpp201(r, 60)).startAndWait();
    }

    @AfterEach
    void stopCsms() throws InterruptedException {
        csms.stop(1000);
    }

    private BenchOptions options(Workload workload, int chargers, double rate, int seconds) {
        return options(workload, chargers, rate, seconds, 0);
    }

    private BenchOptions options(Workload workload, int chargers, double rate, int seconds, int warmUp) {
        var defaults = BenchOptions.defaults(workload, URI.create(csms.url()))
                .with(chargers, rate, Duration.ofSeconds(seconds));
        return new BenchOptions(
                defaults.workload(),
                defaults.url(),
                defaults.chargers(),
                defaults.rate(),
                defaults.duration(),
                defaults.version(),
                defaults.connectors(),
                "BIT-" + workload.ordinal(),
                warmUp,
                defaults.security(),
                null,
                null,
                defaults.authApi(),
                null,
                null,
                null,
                null,
                0,
                0,
                null);
    }

    @Test
    void connectionsWorkloadHoldsEveryChargerAndWritesJson(@TempDir Path dir) throws Exception {
        BenchResult result = Bench.run(options(Workload.CONNECTIONS, 50, 100, 2));
        assertThat(result.number("accepted connections (peak)")).isEqualTo(50);
        assertThat(result.number("connect failures")).isEqualTo(0L);
        assertThat(result.number("generator CPU cores used")).isNotNull();

        Path json = Bench.write(result, dir.resolve("connections.json"));
        assertThat(Files.readString(json)).contains("\"workload\" : \"connections\"", "accepted connections (peak)");
    }

    @Test
    void bootStormWorkloadTimesUntilAllAreAccepted() {
        BenchResult result = Bench.run(options(Workload.BOOT_STORM, 50, 0, 60));
        assertThat(result.number("booted")).isEqualTo(50);
        assertThat(result.metrics().get("seconds to all accepted")).isNotEqualTo("not reached");
        assertThat(result.number("statuses answered").longValue())
                .as("a StatusNotification per connector of each charger")
                .isEqualTo(50L * ((Number) result.parameters().get("connectors")).intValue());
        assertThat(result.notes()).anyMatch(note -> note.contains("station API"));
    }

    @Test
    void aWarmUpStormBootsOtherChargersFirstAndIsLeftOutOfTheFigures() {
        BenchResult result = Bench.run(options(Workload.BOOT_STORM, 30, 0, 60, 20));

        assertThat(result.number("booted")).isEqualTo(30);
        assertThat(result.parameters()).containsEntry("warmUpChargers", 20);
        assertThat(csms.chargers.keySet())
                .hasSize(50)
                .filteredOn(id -> id.startsWith("BIT-1-WARMUP"))
                .hasSize(20);
        assertThat(csms.chargers.get("BIT-1-WARMUP-00001").count("BootNotification"))
                .isEqualTo(1);
    }

    @Test
    void meterValuesWorkloadSustainsTheRateAndMeasuresRoundTrips() {
        BenchResult result = Bench.run(options(Workload.METER_VALUES, 20, 100, 3));
        assertThat(result.number("chargers in sessions")).isEqualTo(20);
        assertThat(result.number("sustained meter values/s").doubleValue()).isGreaterThan(50);
        assertThat(result.number("round trip p99 ms").doubleValue()).isPositive();
        assertThat(result.number("errors during hold")).isEqualTo(0L);
    }
}
