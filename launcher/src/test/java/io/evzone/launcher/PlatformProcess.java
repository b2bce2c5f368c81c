package io.evzone.launcher;

import io.evzone.platform.test.TestInfrastructure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as {@code ./evzone start} runs it, in a JVM of its own so that a test can kill it
 * with SIGKILL, embedded servers included, and start it again on the same data directory and ports.
 */
final class PlatformProcess implements AutoCloseable {

    private static final String READY = "EVZone ready";
    private static final Duration START_WAIT = Duration.ofMinutes(6);

    private final Process jvm;
    private final Path dataDir;
    private boolean killed;

    private PlatformProcess(Process jvm, Path dataDir) {
        this.jvm = jvm;
        this.dataDir = dataDir;
    }

    /** Ports for the embedded PostgreSQL, Kafka (client and controller) and Redis, free now. */
    static Map<String, String> freeInfrastructurePorts() {
        List<String> variables =
                List.of("EVZONE_PG_PORT", "EVZONE_KAFKA_PORT", "EVZONE_KAFKA_CONTROLLER_PORT", "EVZONE_REDIS_PORT");
        try {
            ServerSocket[] sockets = new ServerSocket[variables.size()];
            for (int i = 0; i < sockets.length; i++) {
                sockets[i] = new ServerSocket(0);
            }
            Map<String, String> ports = new java.util.HashMap<>();
            for (int i = 0; i < sockets.length; i++) {
                ports.put(variables.get(i), String.valueOf(sockets[i].getLocalPort()));
                sockets[i].close();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the platform and returns once all nine services are ready; its output goes to {@code log}. */
    static PlatformProcess start(Path dataDir, Map<String, String> ports, int portOffset, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx2g",
                            "-cp",
                            System.getProperty("java.class.path"),
                            EvzoneLauncher.class.getName(),
                            "start")
                    .directory(Files.createDirectories(dataDir.resolve("work")).toFile())
                    .redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            env.putAll(ports);
            env.put("EVZONE_DATA_DIR", dataDir.toString());
            env.put("EVZONE_PORT_OFFSET", String.valueOf(portOffset));
            env.put("JWT_SECRET", TestInfrastructure.JWT_SECRET);
            env.put("EVZONE_PG_DURABILITY", System.getProperty("evzone.it.pg-durability", "durable"));
            PlatformProcess platform = new PlatformProcess(builder.start(), dataDir);
            platform.awaitReady(log);
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Path log) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> copyOutput(log, ready));
        try {
            ready.get(START_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            killEverything();
            throw new IllegalStateException("The platform did not get ready; see " + log, e);
        }
    }

    private void copyOutput(Path log, CompletableFuture<Void> ready) {
        try (var output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
                var file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line; (line = output.readLine()) != null; ) {
                file.write(line);
                file.newLine();
                file.flush();
                if (line.startsWith(READY)) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("The platform exited before it was ready"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    /**
     * SIGKILL to the JVM and every process it started, all at once: no shutdown at all. PostgreSQL and
     * Redis run detached from the JVM (pg_ctl daemonizes the postmaster), so they are found by their pid files.
     */
    void killEverything() {
        killed = true;
        List<ProcessHandle> victims = new ArrayList<>();
        victims.add(jvm.toHandle());
        victims.addAll(jvm.descendants().toList());
        for (Path pidFile : List.of(
                dataDir.resolve("postgres").resolve("data").resolve("postmaster.pid"),
                dataDir.resolve("redis").resolve("redis.pid"))) {
            // A pid file may outlive its process; only a server of ours is killed, never a reused pid.
            pidIn(pidFile)
                    .flatMap(ProcessHandle::of)
                    .filter(PlatformProcess::isOurServer)
                    .ifPresent(server -> {
                        victims.add(server);
                        victims.addAll(server.descendants().toList());
                    });
        }
        victims.forEach(ProcessHandle::destroyForcibly);
        try {
            for (ProcessHandle victim : victims) {
                victim.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("The platform's processes did not all die", e);
        }
    }

    private static boolean isOurServer(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.contains("postgres") || command.contains("redis"))
                .orElse(false);
    }

    private static Optional<Long> pidIn(Path pidFile) {
        try {
            return Files.exists(pidFile)
                    ? Optional.of(Long.parseLong(
                            Files.readAllLines(pidFile).getFirst().strip()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (!killed) {
            killEverything();
        }
    }
}
