package io.evzone.simulator.charger;

import io.evzone.simulator.charger.SimulatedCharger.BootCause;
import io.evzone.simulator.charger.SimulatedCharger.Registration;
import io.evzone.simulator.charger.SimulatedCharger.State;
import io.evzone.simulator.transport.Dialer;
import io.evzone.simulator.transport.Link;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the charger is in its life and how it moves on: it connects, boots until the CSMS accepts it (again after
 * a Pending or Rejected answer), goes offline when the connection ends and reconnects, reboots on request, stops.
 * Runs under the charger's lock.
 */
final class Lifecycle<Q, R> implements ChargerConnection.Owner {
    private static final Duration BOOT_RETRY = Duration.ofSeconds(10);
    private static final Duration REBOOT_TIME = Duration.ofSeconds(1);

    private final SimulatedCharger<Q, R> charger;
    private final Conversation<Q, R> conversation;
    private final ScenarioScript script;
    private final ChargerConnection connection;
    private final Heartbeat<Q> heartbeat;
    private State state = State.STOPPED;
    private boolean needsBoot = true;
    private BootCause bootCause = BootCause.POWER_UP;
    private Timers.Cancellable bootRetry = Timers.Cancellable.NONE;

    Lifecycle(SimulatedCharger<Q, R> charger, Dialer dialer, Conversation<Q, R> conversation, ScenarioScript script) {
        this.charger = charger;
        this.conversation = conversation;
        this.script = script;
        this.connection = new ChargerConnection(charger, dialer, this);
        this.heartbeat = new Heartbeat<>(charger, this::accepted);
    }

    State state() {
        return state;
    }

    boolean accepted() {
        return state == State.ACCEPTED;
    }

    Heartbeat<Q> heartbeat() {
        return heartbeat;
    }

    void start() {
        if (state == State.STOPPED) {
            connect();
        }
    }

    private void connect() {
        state = State.CONNECTING;
        connection.dial();
    }

    @Override
    public void opened(Link link) {
        conversation.attach(link);
        charger.events.connected();
        if (needsBoot) {
            state = State.BOOTING;
            sendBoot();
        } else {
            accepted(-1);
        }
    }

    @Override
    public void failed(Throwable cause) {
        charger.events.connectFailed(charger.id(), cause);
        state = State.OFFLINE;
    }

    @Override
    public void received(String text) {
        conversation.receive(text);
    }

    @Override
    public void lost(String why) {
        charger.events.error(charger.id(), "connection lost: " + why);
        disconnect(State.OFFLINE);
    }

    @Override
    public void reconnectDue() {
        if (state == State.OFFLINE) {
            connect();
        }
    }

    /** Closes the connection for good and calls off the reconnect. */
    void stop() {
        connection.cancelReconnect();
        disconnect(State.STOPPED).ifPresent(Link::close);
    }

    /** Drops the connection as a network failure would, and reconnects (without rebooting) after {@code offline}. */
    void drop(Duration offline) {
        if (connection.isOpen()) {
            disconnect(State.OFFLINE).ifPresent(Link::abort);
            connection.reconnectAfter(offline);
        }
    }

    /** Closes the connection, resets the connectors and boots again after a moment (with the last boot cause). */
    void reboot() {
        disconnect(State.OFFLINE).ifPresent(Link::close);
        needsBoot = true;
        charger.connectors().forEach(Connector::rebooted);
        connection.reconnectAfter(REBOOT_TIME);
    }

    /** Why the next BootNotification is sent. */
    void bootCause(BootCause cause) {
        bootCause = cause;
    }

    /** Leaves the connection; the caller closes or drops the returned link. */
    private Optional<Link> disconnect(State next) {
        Optional<Link> old = connection.leave();
        if (old.isPresent()) {
            charger.events.disconnected();
        }
        if (state == State.ACCEPTED) {
            charger.events.unbooted();
        }
        state = next;
        heartbeat.stop();
        bootRetry.cancel();
        conversation.detach();
        return old;
    }

    private void sendBoot() {
        conversation.enqueue(new Outgoing<Q, R>(
                () -> charger.bootNotification(bootCause), Outgoing.Kind.BOOT, this::bootAnswered, this::retryBoot));
    }

    private void bootAnswered(R response) {
        Registration registration = charger.registration(response);
        switch (registration.status()) {
            case ACCEPTED -> {
                needsBoot = false;
                accepted(registration.intervalSeconds());
            }
            // OCPP 1.6 §4.2: on Pending or Rejected, wait the interval, then boot again.
            case PENDING, REJECTED ->
                retryBoot(
                        registration.intervalSeconds() > 0
                                ? Duration.ofSeconds(registration.intervalSeconds())
                                : BOOT_RETRY);
        }
    }

    private void retryBoot() {
        retryBoot(BOOT_RETRY);
    }

    private void retryBoot(Duration delay) {
        bootRetry.cancel();
        bootRetry = charger.later(delay, () -> {
            if (state == State.BOOTING) {
                sendBoot();
            }
        });
    }

    private void accepted(int heartbeatSeconds) {
        state = State.ACCEPTED;
        charger.events.booted();
        heartbeat.accepted(heartbeatSeconds);
        charger.connectors().forEach(c -> c.lastReported(null));
        charger.connectors().forEach(charger::reportStatus);
        script.onAccepted();
    }
}
