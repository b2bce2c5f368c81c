package io.evzone.simulator.cli;

import io.evzone.simulator.bench.Bench;
import io.evzone.simulator.bench.BenchOptions;
import io.evzone.simulator.bench.BenchResult;
import io.evzone.simulator.bench.Workload;
import io.evzone.simulator.run.Simulator;
import io.evzone.simulator.transport.SecurityOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench <workload>}: measures a running platform and writes the result as JSON. */
@Command(
        name = "bench",
        description =
                "Run a load benchmark against a running platform: connections, boot-storm, meter-values, ledger, notifications or pricing.",
        sortOptions = false)
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "connections, boot-storm, meter-values, ledger, notifications or pricing")
    String workload;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help")
    boolean help;

    @Option(
            names = "--url",
            defaultValue = "ws://localhost:3003/ocpp",
            description = "Gateway OCPP endpoint (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(
            names = "--chargers",
            description = "Chargers, or concurrent clients for ledger, or SSE streams for notifications (default: 10000"
                    + " connections, 5000 boot-storm, 1000 meter-values, 1000 ledger, 5000 notifications);"
                    + " pricing: completed sessions in the backlog (100000)")
    Integer chargers;

    @Option(
            names = "--rate",
            description =
                    "connections: new connections/s (default 500); meter-values: meter values/s in total (default 5000);"
                            + " notifications: events/s (default 1000)")
    Double rate;

    @Option(
            names = "--duration",
            description =
                    "Seconds to hold (connections, meter-values; default 60) or time limit (boot-storm 300, pricing 600)")
    Integer duration;

    @Option(names = "--version", defaultValue = "1.6", description = "OCPP version (default: ${DEFAULT-VALUE})")
    String version;

    @Option(names = "--connectors", description = "Connectors per charger (default: 2 boot-storm, 1 otherwise)")
    Integer connectors;

    @Option(names = "--prefix", defaultValue = "BENCH", description = "Charger id prefix (default: ${DEFAULT-VALUE})")
    String prefix;

    @Option(
            names = "--warm-up",
            defaultValue = "0",
            description = "boot-storm: storm this many other chargers first, left out of the figures (default: cold)")
    int warmUp;

    @Option(names = "--charger-password", description = "Charger password for HTTP Basic auth (security profile 1)")
    String chargerPassword;

    @Mixin
    SecurityMixin tls = new SecurityMixin();

    @Mixin
    NotificationBenchMixin notifications = new NotificationBenchMixin();

    @Option(
            names = "--station-api",
            description = "Station service, e.g. http://localhost:3001 (boot-storm visibility)")
    URI stationApi;

    @Option(
            names = "--session-api",
            description = "Session service, e.g. http://localhost:3002 (meter-values storage lag)")
    URI sessionApi;

    @Option(
            names = "--auth-api",
            defaultValue = "http://localhost:3000",
            description = "Auth service for --email/--password (default: ${DEFAULT-VALUE})")
    URI authApi;

    @Option(names = "--token", description = "Bearer access token for the APIs")
    String token;

    @Option(names = "--email", description = "Log in with this e-mail to get a token")
    String email;

    @Option(names = "--password", description = "Password for --email")
    String password;

    @Option(
            names = "--gateway-metrics",
            description =
                    "Gateway Prometheus endpoint (default: http://HOST:PORT/actuator/prometheus of --url; 'none' to skip)")
    String gatewayMetrics;

    @Option(
            names = "--gateway-pid",
            defaultValue = "0",
            description = "Gateway process id, to read its RSS from /proc/PID/status")
    long gatewayPid;

    @Option(
            names = "--source-addresses",
            defaultValue = "0",
            description = "Loopback source addresses (default: one per 20,000 chargers)")
    int sourceAddresses;

    @Option(
            names = "--billing-api",
            description =
                    "Billing service, e.g. http://localhost:3004 (ledger: needs a platform administrator; pricing)")
    URI billingApi;

    @Option(
            names = "--wallets",
            defaultValue = "10000",
            description = "ledger: wallets the clients post to (default: ${DEFAULT-VALUE})")
    int wallets;

    @Option(names = "--out", description = "JSON result file (default: bench-results/WORKLOAD-TIMESTAMP.json)")
    Path out;

    @Override
    public Integer call() {
        Workload chosen = Workload.fromCliName(workload);
        BenchOptions defaults = BenchOptions.defaults(chosen, url);
        URI metrics = gatewayMetrics == null
                ? defaults.gatewayMetrics()
                : gatewayMetrics.equals("none") ? null : URI.create(gatewayMetrics);
        SecurityOptions security = tls.with(chargerPassword);
        BenchOptions options = new BenchOptions(
                chosen,
                url,
                chargers == null ? defaults.chargers() : chargers,
                rate == null ? defaults.rate() : rate,
                duration == null ? defaults.duration() : Duration.ofSeconds(duration),
                Simulator.version(version),
                connectors == null ? defaults.connectors() : connectors,
                prefix,
                warmUp,
                security,
                stationApi,
                sessionApi,
                authApi,
                token,
                email,
                password,
                metrics,
                gatewayPid,
                sourceAddresses,
                out,
                billingApi,
                wallets);
        System.out.printf("Benchmark %s: %,d chargers against %s%n", chosen.cliName(), options.chargers(), url);
        BenchResult result = Bench.run(
                options,
                chosen == Workload.NOTIFICATIONS ? notifications.settings() : null,
                chosen == Workload.PRICING ? notifications.pricing(billingApi) : null);
        Bench.print(result, System.out);
        System.out.println("Result written to " + Bench.write(result, out));
        return 0;
    }
}
