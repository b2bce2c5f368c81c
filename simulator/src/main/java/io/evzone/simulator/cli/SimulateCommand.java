package io.evzone.simulator.cli;

import io.evzone.simulator.charger.PowerModel;
import io.evzone.simulator.charger.Scenario;
import io.evzone.simulator.run.ProgressReporter;
import io.evzone.simulator.run.RunningSimulation;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.run.SimulatorOptions;
import io.evzone.simulator.run.SimulatorSummary;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code simulate}: runs simulated chargers until the duration ends or Ctrl-C. */
@Command(name = "simulate", description = "Run simulated OCPP charge points against a CSMS.", sortOptions = false)
final class SimulateCommand implements Callable<Integer> {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help")
    boolean help;

    @Option(
            names = "--url",
            defaultValue = "ws://localhost:3003/ocpp",
            description = "CSMS endpoint (default: ${DEFAULT-VALUE}); chargers connect to URL/<id>")
    URI url;

    @Option(names = "--chargers", defaultValue = "10", description = "Number of chargers (default: ${DEFAULT-VALUE})")
    int chargers;

    @Option(
            names = "--version",
            defaultValue = "1.6",
            description = "OCPP version: 1.6 or 2.0.1 (default: ${DEFAULT-VALUE})")
    String version;

    @Option(
            names = "--connectors",
            defaultValue = "2",
            description = "Connectors (EVSEs) per charger (default: ${DEFAULT-VALUE})")
    int connectors;

    @Option(
            names = "--prefix",
            defaultValue = "SIM",
            description = "Charger id prefix: SIM-00001, ... (default: ${DEFAULT-VALUE})")
    String prefix;

    @Option(
            names = "--first",
            defaultValue = "1",
            description = "Number of the first charger (default: ${DEFAULT-VALUE})")
    int first;

    @Option(
            names = "--scenario",
            defaultValue = "idle",
            description = "idle, driver-session, faulted-connector or outage (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--password", description = "Charger password for HTTP Basic auth (security profile 1)")
    String password;

    @Mixin
    SecurityMixin tls = new SecurityMixin();

    @Option(
            names = "--ramp",
            defaultValue = "200",
            description = "New connections per second, 0 = all at once (default: ${DEFAULT-VALUE})")
    double ramp;

    @Option(
            names = "--meter-interval",
            defaultValue = "10",
            description = "Seconds between meter values in a transaction (default: ${DEFAULT-VALUE})")
    double meterInterval;

    @Option(
            names = "--session",
            defaultValue = "60",
            description = "Seconds a driver session (or a fault) lasts (default: ${DEFAULT-VALUE})")
    int session;

    @Option(
            names = "--outage",
            defaultValue = "30",
            description = "Seconds the connection stays down in the outage scenario (default: ${DEFAULT-VALUE})")
    int outage;

    @Option(names = "--heartbeat", description = "Heartbeat interval in seconds instead of the CSMS's")
    Integer heartbeat;

    @Option(names = "--duration", description = "Seconds to run (default: until Ctrl-C)")
    Integer duration;

    @Option(
            names = "--power",
            defaultValue = "mixed",
            description = "ac, dc or mixed (one in four DC) (default: ${DEFAULT-VALUE})")
    PowerModel.PowerMix power;

    @Option(
            names = "--source-addresses",
            defaultValue = "0",
            description = "Loopback source addresses to spread connections over (default: one per 20,000 chargers)")
    int sourceAddresses;

    @Option(names = "--no-validate", description = "Do not check outgoing messages against the OCPP schemas")
    boolean noValidate;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws InterruptedException {
        SimulatorOptions options = SimulatorOptions.builder(url)
                .chargers(chargers)
                .version(Simulator.version(version))
                .connectors(connectors)
                .prefix(prefix)
                .firstIndex(first)
                .scenario(Scenario.fromCliName(scenario))
                .security(tls.with(password))
                .rampPerSecond(ramp)
                .meterInterval(Duration.ofMillis((long) (meterInterval * 1000)))
                .sessionLength(Duration.ofSeconds(session))
                .outageLength(Duration.ofSeconds(outage))
                .heartbeatOverride(heartbeat == null ? null : Duration.ofSeconds(heartbeat))
                .sourceAddresses(sourceAddresses)
                .validate(!noValidate)
                .power(power)
                .seed(seed)
                .build();
        System.out.printf(
                "Simulating %,d OCPP %s chargers (%s) against %s%n",
                chargers, options.version().subprotocol(), options.scenario().cliName(), url);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(done);
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try (RunningSimulation running = Simulator.start(options)) {
            var progress = new ProgressReporter(System.console() != null, System.out, chargers, running::snapshot);
            progress.start();
            try {
                if (duration == null) {
                    stop.await();
                } else {
                    stop.await(duration, TimeUnit.SECONDS);
                }
            } finally {
                progress.close();
            }
            print(running.stop());
        } finally {
            done.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void print(SimulatorSummary summary) {
        var last = summary.last();
        System.out.printf(
                "Ran %ds: %,d chargers, %,d connected (peak %,d), %,d booted, %,d sessions started, "
                        + "%,d messages, %,d errors (%,d failed connects)%n",
                summary.elapsed().toSeconds(),
                summary.chargers(),
                last.connected(),
                last.peakConnected(),
                last.booted(),
                last.sessionsStarted(),
                last.messages(),
                summary.errors(),
                last.connectFailures());
        summary.recentErrors().forEach(error -> System.out.println("  " + error));
    }
}
