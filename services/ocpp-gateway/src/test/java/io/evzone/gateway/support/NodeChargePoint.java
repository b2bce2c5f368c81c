package io.evzone.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * {@code src/test/node/charge-point.js}: a charge point built on {@code ocpp-rpc} in strict mode, run
 * with Node. The package is installed into {@code target/} once per build.
 */
public final class NodeChargePoint implements AutoCloseable {

    public final List<String> output = new CopyOnWriteArrayList<>();
    private final Process process;

    private NodeChargePoint(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("FAILURE reading output: " + e);
            }
        });
    }

    private static Path packageDirectory() {
        return Path.of(System.getProperty("ocpp-rpc.dir", "target/ocpp-rpc"));
    }

    /** Installs {@code ocpp-rpc} unless it is there already; skips the test where Node or npm is missing. */
    public static synchronized void install() {
        String version = System.getProperty("ocpp-rpc.version", "2.2.1");
        Path installed = packageDirectory().resolve("node_modules/ocpp-rpc/package.json");
        try {
            if (Files.exists(installed) && Files.readString(installed).contains("\"version\": \"" + version + "\"")) {
                return;
            }
            assumeTrue(run(List.of("node", "--version"), Duration.ofSeconds(30)) == 0, "node is not installed");
            Files.createDirectories(packageDirectory());
            int exit = run(
                    List.of(
                            "npm",
                            "install",
                            "--prefix",
                            packageDirectory().toString(),
                            "ocpp-rpc@" + version,
                            "--no-audit",
                            "--no-fund"),
                    Duration.ofMinutes(5));
            assumeTrue(exit == 0, "npm install ocpp-rpc@" + version + " failed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int run(List<String> command, Duration limit) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Starts the script against {@code ws://.../ocpp} as {@code identity} speaking {@code subprotocol}. */
    public static NodeChargePoint start(String endpoint, String identity, String subprotocol) {
        Path script =
                Path.of(System.getProperty("node.scripts", "src/test/node")).resolve("charge-point.js");
        ProcessBuilder builder = new ProcessBuilder(
                        "node", script.toAbsolutePath().toString(), endpoint, identity, subprotocol)
                .redirectErrorStream(true);
        builder.environment()
                .put(
                        "NODE_PATH",
                        packageDirectory()
                                .resolve("node_modules")
                                .toAbsolutePath()
                                .toString());
        try {
            return new NodeChargePoint(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the line starting with {@code prefix} and returns the rest of it. */
    public String await(String prefix) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .failFast(
                        "the script ended: " + output,
                        () -> !process.isAlive() && output.stream().noneMatch(l -> l.startsWith(prefix)))
                .until(
                        () -> output.stream()
                                .filter(l -> l.startsWith(prefix))
                                .findFirst()
                                .map(l -> l.substring(prefix.length()).trim())
                                .orElse(null),
                        l -> l != null);
    }

    /** Tells the script it is done (stdin closes), and asserts it exits 0 with no validation failure. */
    public void finishSuccessfully() {
        try {
            process.getOutputStream().close();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            assertThat(ended).as("script ended; output: %s", output).isTrue();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> output.stream().anyMatch(l -> l.startsWith("DONE") || l.startsWith("FAILED")));
            assertThat(output).as("script output").noneMatch(l -> l.startsWith("FAILURE"));
            assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
