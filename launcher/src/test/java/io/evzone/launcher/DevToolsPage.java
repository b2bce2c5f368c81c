package io.evzone.launcher;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One browser tab over the DevTools protocol: navigate, and evaluate JavaScript in the page. */
final class DevToolsPage implements AutoCloseable {

    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private WebSocket socket;

    private DevToolsPage() {}

    static DevToolsPage connect(URI debuggerUrl) {
        DevToolsPage page = new DevToolsPage();
        page.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(debuggerUrl, page.new Replies())
                .join();
        return page;
    }

    /** Opens {@code url} and waits until the page (after redirects) has loaded. */
    void navigate(String url) {
        command("Page.navigate", Map.of("url", url));
        await().atMost(Duration.ofSeconds(30)).until(() -> "complete".equals(evaluate("document.readyState")));
    }

    /**
     * The value of a JavaScript expression in the page; a promise is awaited. A thrown error comes
     * back as the text {@code "error: <description>"}.
     */
    String evaluate(String expression) {
        JsonNode reply = command(
                "Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        JsonNode result = reply.path("result");
        if (result.has("exceptionDetails")) {
            return "error: "
                    + result.path("exceptionDetails")
                            .path("exception")
                            .path("description")
                            .asString();
        }
        JsonNode value = result.path("result").path("value");
        return value.isString() ? value.asString() : value.toString();
    }

    private JsonNode command(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(json.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true)
                .join();
        try {
            return reply.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("No answer to " + method, e);
        } finally {
            pending.remove(id);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    /** Collects each message's frames and hands a reply to the command waiting for it. */
    private final class Replies implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                JsonNode reply = json.readTree(message.toString());
                message.setLength(0);
                CompletableFuture<JsonNode> waiting =
                        pending.get(reply.path("id").asInt(-1));
                if (waiting != null) {
                    waiting.complete(reply);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
