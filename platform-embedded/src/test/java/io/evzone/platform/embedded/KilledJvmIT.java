package io.evzone.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What happens after the JVM that ran the servers was killed with SIGKILL, leaving PostgreSQL and Redis running. */
class KilledJvmIT {

    @TempDir
    Path dataDir;

    private Process killedJvm;

    @AfterEach
    void killJvm() {
        if (killedJvm != null) {
            killedJvm.destroyForcibly();
        }
    }

    @Test
    void startsAgainOnTheSamePortsAndDataAfterTheJvmWasKilled() throws Exception {
        int[] ports = Ports.withFreePorts(0, 0, 0, 0);
        killedJvm = startJvmThatWritesData(ports);
        awaitReady(killedJvm);
        killedJvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        var settings = new EmbeddedSettings(dataDir, true, ports[0], true, ports[1], ports[2], true, ports[3]);
        try (var infrastructure = EmbeddedInfrastructure.start(settings)) {
            Map<String, String> env = infrastructure.environment();
            assertThat(Clients.queryString(env, "SELECT id FROM charger")).isEqualTo("CP-9");
            assertThat(Clients.consumeFirst(env, "embedded.killed.v1", "CP-9")).isEqualTo("booted");
            assertThat(Clients.redis(env, "GET", "charger:CP-9")).isEqualTo("online");
        }
    }

    private Process startJvmThatWritesData(int[] ports) throws IOException {
        String javaBinary =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                javaBinary,
                "-cp",
                System.getProperty("java.class.path"),
                KilledJvm.class.getName(),
                dataDir.toString()));
        IntStream.of(ports).mapToObj(String::valueOf).forEach(command::add);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void awaitReady(Process jvm) throws Exception {
        CompletableFuture.runAsync(() -> readUntilReady(jvm)).get(120, TimeUnit.SECONDS);
    }

    private static void readUntilReady(Process jvm) {
        var output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        String line = "";
        try {
            while (line != null && !line.equals(KilledJvm.READY)) {
                line = output.readLine();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (line == null) {
            throw new IllegalStateException("The JVM to be killed exited before it was ready");
        }
    }
}
