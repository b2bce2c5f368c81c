package io.evzone.simulator.support;

import io.evzone.ocpp.OcppVersion;
import io.evzone.simulator.transport.Dialer;
import io.evzone.simulator.transport.Link;
import io.evzone.simulator.transport.LinkListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Connections in memory: every dial succeeds at once (unless told to fail) and records what the charger sends. */
public final class FakeDialer implements Dialer {
    private final List<FakeLink> links = new ArrayList<>();
    private boolean refuse;
    private IOException refusal = new IOException("connection refused");

    @Override
    public CompletableFuture<Link> dial(String chargerId, OcppVersion version, LinkListener listener) {
        if (refuse) {
            return CompletableFuture.failedFuture(refusal);
        }
        FakeLink link = new FakeLink(listener);
        links.add(link);
        return CompletableFuture.completedFuture(link);
    }

    public void refuse(boolean value) {
        refuse = value;
    }

    /** Every dial fails with this until {@code refuse(false)}. */
    public void refuseWith(IOException failure) {
        refuse = true;
        refusal = failure;
    }

    public List<FakeLink> links() {
        return links;
    }

    public FakeLink last() {
        return links.getLast();
    }

    /** One in-memory connection. */
    public static final class FakeLink implements Link {
        private final LinkListener listener;
        private final List<String> sent = new ArrayList<>();
        private boolean closed;
        private boolean aborted;

        FakeLink(LinkListener listener) {
            this.listener = listener;
        }

        @Override
        public void send(String text) {
            if (!closed && !aborted) {
                sent.add(text);
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public void abort() {
            aborted = true;
        }

        /** A frame from the CSMS. */
        public void deliver(String text) {
            listener.onText(text);
        }

        public void closeFromServer() {
            listener.onClosed(1001, "going away");
        }

        public List<String> sent() {
            return sent;
        }

        public boolean closed() {
            return closed;
        }

        public boolean aborted() {
            return aborted;
        }
    }
}
