package io.evzone.simulator.bench;

import io.evzone.ocpp.OcppVersion;
import io.evzone.simulator.transport.SecurityOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * One benchmark run. {@link #defaults(Workload, URI)} fills in the workload's defaults.
 *
 * @param workload what to measure
 * @param url the gateway's OCPP endpoint
 * @param chargers simulated chargers
 * @param rate connections/s (connections) or meter values/s in total (meter-values)
 * @param duration hold time, or time limit for boot-storm
 * @param version OCPP version of the chargers
 * @param connectors connectors per charger
 * @param prefix charger id prefix
 * @param warmUpChargers boot-storm only: chargers (other ids) stormed first and left out of the figures, so the
 *     measured storm meets a warmed-up JIT as a long-running node would; 0 measures a cold platform
 * @param security how chargers authenticate
 * @param stationApi base URL of the station service, or null
 * @param sessionApi base URL of the session service, or null
 * @param authApi base URL of the auth service (for --email/--password login)
 * @param token a Bearer token for the APIs, or null
 * @param email login e-mail when no token is given, or null
 * @param password login password, or null
 * @param gatewayMetrics the gateway's Prometheus endpoint, or null to skip
 * @param gatewayPid the gateway's process id for /proc/PID/status, or 0
 * @param sourceAddresses loopback source addresses, 0 chooses
 * @param out where to write the JSON result, or null for bench-results/WORKLOAD-TIMESTAMP.json
 * @param billingApi base URL of the billing service (ledger), or null
 * @param wallets ledger only: the wallets the clients post to
 */
public record BenchOptions(
        Workload workload,
        URI url,
        int chargers,
        double rate,
        Duration duration,
        OcppVersion version,
        int connectors,
        String prefix,
        int warmUpChargers,
        SecurityOptions security,
        URI stationApi,
        URI sessionApi,
        URI authApi,
        String token,
        String email,
        String password,
        URI gatewayMetrics,
        long gatewayPid,
        int sourceAddresses,
        Path out,
        URI billingApi,
        int wallets) {

    public BenchOptions {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(security, "security");
    }

    /** Without the ledger's billing service and wallets (the charger workloads). */
    public BenchOptions(
            Workload workload,
            URI url,
            int chargers,
            double rate,
            Duration duration,
            OcppVersion version,
            int connectors,
            String prefix,
            int warmUpChargers,
            SecurityOptions security,
            URI stationApi,
            URI sessionApi,
            URI authApi,
            String token,
            String email,
            String password,
            URI gatewayMetrics,
            long gatewayPid,
            int sourceAddresses,
            Path out) {
        this(
                workload,
                url,
                chargers,
                rate,
                duration,
                version,
                connectors,
                prefix,
                warmUpChargers,
                security,
                stationApi,
                sessionApi,
                authApi,
                token,
                email,
                password,
                gatewayMetrics,
                gatewayPid,
                sourceAddresses,
                out,
                null,
                0);
    }

    public static BenchOptions defaults(Workload workload, URI url) {
        return new BenchOptions(
                workload,
                url,
                workload.defaultChargers(),
                workload.defaultRate(),
                Duration.ofSeconds(workload.defaultDurationSeconds()),
                OcppVersion.V16,
                workload == Workload.BOOT_STORM ? 2 : 1,
                "BENCH",
                0,
                SecurityOptions.NONE,
                null,
                null,
                URI.create("http://localhost:3000"),
                null,
                null,
                null,
                metricsNextTo(url),
                0,
                0,
                null,
                null,
                10_000);
    }

    /** The gateway's actuator endpoint on the OCPP port: ws://host:3003/ocpp gives http://host:3003/actuator/prometheus. */
    public static URI metricsNextTo(URI url) {
        String scheme = url.getScheme().equals("wss") ? "https" : "http";
        return URI.create(scheme + "://" + url.getHost() + ":" + url.getPort() + "/actuator/prometheus");
    }

    public BenchOptions with(int newChargers, double newRate, Duration newDuration) {
        return new BenchOptions(
                workload,
                url,
                newChargers,
                newRate,
                newDuration,
                version,
                connectors,
                prefix,
                warmUpChargers,
                security,
                stationApi,
                sessionApi,
                authApi,
                token,
                email,
                password,
                gatewayMetrics,
                gatewayPid,
                sourceAddresses,
                out,
                billingApi,
                wallets);
    }
}
