package io.evzone.edge;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service double on a free port: answers every path with JSON naming itself and the path, remembers
 * the last request's headers, streams server-sent events at {@code /api/v1/sse/events} (the second
 * event only once released), and takes its time on any path ending in {@code /slow}.
 */
final class FakeService implements AutoCloseable {

    final String name;
    final AtomicReference<Headers> lastHeaders = new AtomicReference<>();
    final CountDownLatch releaseSecondEvent = new CountDownLatch(1);
    private final HttpServer server;

    FakeService(String name) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        lastHeaders.set(exchange.getRequestHeaders());
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals("/api/v1/sse/events")) {
                streamEvents(exchange);
            } else if (path.endsWith("/slow")) {
                sleep(3_000);
                answer(exchange, "{}");
            } else {
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "http://service-own.example");
                answer(exchange, "{\"service\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI() + "\"}");
            }
        }
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private void streamEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("data: first\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            releaseSecondEvent.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.write("data: second\n\n".getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        releaseSecondEvent.countDown();
        server.stop(0);
    }
}
