package io.evzone.simulator.transport;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link Link} over the JDK's non-blocking WebSocket. The JDK allows one outstanding send per socket, so frames
 * wait in a small queue; whole text messages are reassembled from fragments before the charger sees them.
 */
final class JdkLink implements Link, WebSocket.Listener {
    private static final String CLOSE = new String("close");

    private final LinkListener listener;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final ArrayDeque<String> outbox = new ArrayDeque<>(2);
    private boolean sending;
    private StringBuilder fragments;
    private volatile WebSocket socket;

    JdkLink(LinkListener listener) {
        this.listener = listener;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        webSocket.request(1);
        if (!last) {
            if (fragments == null) {
                fragments = new StringBuilder();
            }
            fragments.append(data);
            return null;
        }
        String text =
                fragments == null ? data.toString() : fragments.append(data).toString();
        fragments = null;
        listener.onText(text);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        // OCPP-J uses text frames only; a binary frame is ignored.
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        end(statusCode, reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        end(1006, String.valueOf(error));
    }

    @Override
    public void send(String text) {
        synchronized (outbox) {
            if (sending) {
                outbox.add(text);
                return;
            }
            sending = true;
        }
        drain(text);
    }

    @Override
    public void close() {
        send(CLOSE);
    }

    @Override
    public void abort() {
        WebSocket webSocket = socket;
        if (webSocket != null) {
            webSocket.abort();
        }
        end(1006, "dropped");
    }

    /** Sends frames until one does not complete at once; its completion continues the loop (no recursion). */
    private void drain(String first) {
        String text = first;
        while (text != null) {
            WebSocket webSocket = socket;
            CompletableFuture<WebSocket> sent =
                    text == CLOSE ? webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "") : webSocket.sendText(text, true);
            if (!sent.isDone()) {
                sent.whenComplete((ignored, error) -> afterSend(error));
                return;
            }
            if (sent.isCompletedExceptionally()) {
                afterSend(sent.exceptionNow());
                return;
            }
            text = nextOrIdle();
        }
    }

    private void afterSend(Throwable error) {
        if (error != null) {
            abort();
            return;
        }
        drain(nextOrIdle());
    }

    private String nextOrIdle() {
        synchronized (outbox) {
            String next = outbox.poll();
            if (next == null) {
                sending = false;
            }
            return next;
        }
    }

    private void end(int statusCode, String reason) {
        if (ended.compareAndSet(false, true)) {
            synchronized (outbox) {
                outbox.clear();
            }
            listener.onClosed(statusCode, reason);
        }
    }
}
