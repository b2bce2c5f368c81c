package io.evzone.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol: no driver download and no
 * WebDriver layer. A fresh profile per run, no network of its own (no updates, sync or QUIC).
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private final Process process;
    private final int debuggingPort;
    private final HttpClient http = HttpClient.newHttpClient();

    private HeadlessChromium(Process process, int debuggingPort) {
        this.process = process;
        this.debuggingPort = debuggingPort;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    static HeadlessChromium start(Path profile) {
        try {
            Files.createDirectories(profile);
            Process process = new ProcessBuilder(List.of(
                            BINARY.toString(),
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--user-data-dir=" + profile.toAbsolutePath(),
                            "--remote-debugging-port=0",
                            "about:blank"))
                    .redirectErrorStream(true)
                    .redirectOutput(profile.resolve("chromium.log").toFile())
                    .start();
            Path activePort = profile.resolve("DevToolsActivePort");
            int port = await().atMost(Duration.ofSeconds(60)).until(() -> readPort(activePort), p -> p > 0);
            return new HeadlessChromium(process, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new tab, its DevTools session open. */
    DevToolsPage newPage() {
        try {
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + debuggingPort + "/json/new?about:blank"))
                            .PUT(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String socket = JsonMapper.builder()
                    .build()
                    .readTree(created.body())
                    .path("webSocketDebuggerUrl")
                    .asString();
            return DevToolsPage.connect(URI.create(socket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int readPort(Path activePort) throws IOException {
        if (!Files.isRegularFile(activePort)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(activePort);
        return lines.isEmpty() || lines.getFirst().isBlank()
                ? 0
                : Integer.parseInt(lines.getFirst().trim());
    }

    @Override
    public void close() {
        process.destroy();
        await().atMost(Duration.ofSeconds(10)).until(() -> !process.isAlive());
    }
}
