package io.evzone.simulator.charger;

import io.evzone.simulator.transport.DialRefused;
import io.evzone.simulator.transport.Dialer;
import io.evzone.simulator.transport.Link;
import io.evzone.simulator.transport.LinkListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The charger's one current connection: dials, ignores what connections it has left behind report, keeps frames
 * the server sent before the dial completed here, and reconnects with exponential backoff. Dial results and link
 * events are handled under the charger's lock, like everything else the charger does.
 */
final class ChargerConnection {
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    /** What the connection tells the charger's life cycle; called under the charger's lock. */
    interface Owner {
        /** The dial succeeded; frames that came early follow right after. */
        void opened(Link link);

        /** The dial failed (the cause is null when the server closed before the dial completed here). */
        void failed(Throwable cause);

        void received(String text);

        /** The open connection ended; a reconnect is scheduled right after. */
        void lost(String why);

        /** A scheduled reconnect is due. */
        void reconnectDue();
    }

    private final SimulatedCharger<?, ?> charger;
    private final Dialer dialer;
    private final Owner owner;
    private Link link;
    private int generation;
    private int failedConnects;
    private Timers.Cancellable reconnect = Timers.Cancellable.NONE;

    ChargerConnection(SimulatedCharger<?, ?> charger, Dialer dialer, Owner owner) {
        this.charger = charger;
        this.dialer = dialer;
        this.owner = owner;
    }

    void dial() {
        int attempt = ++generation;
        Listener current = new Listener(attempt);
        try {
            dialer.dial(charger.id(), charger.settings().version(), current)
                    .whenComplete((opened, error) -> dialed(attempt, current, opened, error));
        } catch (RuntimeException e) {
            dialed(attempt, current, null, e);
        }
    }

    private void dialed(int attempt, Listener current, Link opened, Throwable error) {
        synchronized (charger) {
            if (attempt != generation) {
                if (opened != null) {
                    opened.close();
                }
                return;
            }
            if (error != null || current.closedEarly) {
                Throwable cause =
                        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                owner.failed(cause);
                reconnectAfter(waitAfterFailure(cause));
                return;
            }
            failedConnects = 0;
            link = opened;
            owner.opened(opened);
            current.flushEarlyFrames();
        }
    }

    boolean isOpen() {
        return link != null;
    }

    /** Leaves the current connection: its events are ignored from now on. The caller closes or drops the link. */
    Optional<Link> leave() {
        Link old = link;
        link = null;
        generation++;
        return Optional.ofNullable(old);
    }

    void reconnectAfter(Duration delay) {
        reconnect.cancel();
        reconnect = charger.later(delay, owner::reconnectDue);
    }

    void cancelReconnect() {
        reconnect.cancel();
    }

    /** The backoff, or longer when the CSMS said how long to wait (a full node answers 503 with Retry-After). */
    private Duration waitAfterFailure(Throwable cause) {
        Duration backoff = backoff(++failedConnects);
        if (cause instanceof DialRefused refused && refused.retryAfter().isPresent()) {
            Duration asked = refused.retryAfter().get().plusMillis(charger.random.nextInt(1000));
            return asked.compareTo(backoff) > 0 ? asked : backoff;
        }
        return backoff;
    }

    private Duration backoff(int failures) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(failures - 1, 5));
        return Duration.ofMillis(seconds * 1000 + charger.random.nextInt(1000));
    }

    /** Receives one connection's events; stale once the charger moved on to another connection. */
    private final class Listener implements LinkListener {
        private final int attempt;
        private List<String> early;
        private boolean closedEarly;

        Listener(int attempt) {
            this.attempt = attempt;
        }

        @Override
        public void onText(String text) {
            synchronized (charger) {
                if (attempt != generation) {
                    return;
                }
                if (link == null) {
                    // The server spoke before the dial completed here: keep it for a moment.
                    if (early == null) {
                        early = new ArrayList<>(1);
                    }
                    early.add(text);
                    return;
                }
                owner.received(text);
            }
        }

        @Override
        public void onClosed(int statusCode, String reason) {
            synchronized (charger) {
                if (attempt != generation) {
                    return;
                }
                if (link == null) {
                    closedEarly = true;
                    return;
                }
                owner.lost(statusCode + " " + reason);
                reconnectAfter(backoff(1));
            }
        }

        void flushEarlyFrames() {
            if (early != null) {
                List<String> frames = early;
                early = null;
                frames.forEach(owner::received);
            }
        }
    }
}
