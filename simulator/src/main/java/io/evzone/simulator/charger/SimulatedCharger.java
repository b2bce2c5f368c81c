package io.evzone.simulator.charger;

import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.simulator.transport.Dialer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A simulated charge point, independent of the OCPP version: {@link Ocpp16Charger} and {@link Ocpp201Charger} build
 * the messages and answer the CSMS. The work is shared out: {@link Lifecycle} connects, boots and reboots (over a
 * {@link ChargerConnection}, with a {@link Heartbeat}), {@link Sessions} runs transactions and meter values,
 * {@link Conversation} carries the CALLs both ways and {@link PendingReboot} holds a Reset until it may happen.
 * Every event (inbound frame, timer, dial result) runs under this object's lock, so a charger needs no thread of its
 * own.
 *
 * @param <Q> the version's request type
 * @param <R> the version's response type
 */
public abstract class SimulatedCharger<Q, R> {
    protected final ChargerSettings settings;
    protected final Timers timers;
    protected final ChargerEvents events;
    protected final ChargerConfiguration configuration;
    protected final SplittableRandom random;
    protected final PowerModel power;
    private final List<Connector> connectors = new ArrayList<>();
    private final Conversation<Q, R> conversation;
    private final ScenarioScript script;
    private final Lifecycle<Q, R> lifecycle;
    private final PendingReboot reboot;
    private final Sessions sessions;

    /** Where the charger is in its life. */
    public enum State {
        STOPPED,
        CONNECTING,
        BOOTING,
        ACCEPTED,
        OFFLINE
    }

    /** Why a BootNotification is sent (2.0.1 BootReasonEnumType; 1.6 has no field for it). */
    public enum BootCause {
        POWER_UP,
        REMOTE_RESET,
        FIRMWARE_UPDATE
    }

    /** What the CSMS said to a BootNotification. */
    protected record Registration(Status status, int intervalSeconds) {
        /** RegistrationStatus of both versions. */
        protected enum Status {
            ACCEPTED,
            PENDING,
            REJECTED
        }
    }

    protected SimulatedCharger(
            ChargerSettings settings, OcppCodec<Q, R> codec, Dialer dialer, Timers timers, ChargerEvents events) {
        this.settings = settings;
        this.timers = timers;
        this.events = events;
        this.random = new SplittableRandom(settings.seed());
        this.power = PowerModel.pick(random, settings.power());
        this.configuration = new ChargerConfiguration(
                settings.connectors(), Math.max(1, settings.meterInterval().toSeconds()));
        for (int id = 1; id <= settings.connectors(); id++) {
            connectors.add(new Connector(id, 1000.0 * random.nextInt(50_000)));
        }
        this.conversation = new Conversation<>(this, codec, this::accepted, this::rebootIfIdle);
        this.script = new ScenarioScript(this, timers);
        this.lifecycle = new Lifecycle<>(this, dialer, conversation, script);
        this.reboot = new PendingReboot(this, lifecycle, conversation);
        this.sessions = new Sessions(this, reboot);
    }

    // ---- what each version supplies

    protected abstract Q bootNotification(BootCause cause);

    protected abstract Registration registration(R response);

    protected abstract Q heartbeatRequest();

    /** Reports the connector's status (StatusNotification). */
    protected abstract void reportStatus(Connector connector);

    /** Reports a fault with an OCPP 1.6 ChargePointErrorCode name, such as {@code GroundFailure}. */
    protected abstract void reportFault(Connector connector, String errorCode);

    /** Asks the CSMS whether the tag may charge; {@code then} gets the verdict. */
    protected abstract void authorize(String idTag, Consumer<Boolean> then);

    protected abstract void transactionStarted(Connector connector, Transaction transaction);

    protected abstract void meterSample(Connector connector, Transaction transaction);

    protected abstract void transactionEnded(Connector connector, Transaction transaction, StopReason reason);

    /** Answers a CALL from the CSMS. Follow-up messages go through {@link #afterReply(Runnable)}. */
    protected abstract R handle(Q request);

    // ---- what the simulation, the scenario and tests drive

    public synchronized void start() {
        lifecycle.start();
    }

    /** Closes the connection and cancels every timer; queued messages are dropped. */
    public synchronized void stop() {
        script.cancel();
        sessions.stopMeters();
        lifecycle.stop();
    }

    /** Drops the connection as a network failure would, and reconnects (without rebooting) after {@code offline}. */
    public synchronized void dropConnection(Duration offline) {
        lifecycle.drop(offline);
    }

    /** Starts a session on the connector, authorizing the tag first when asked and online. False if it cannot. */
    public synchronized boolean startSession(int connectorId, String idTag, Integer remoteStartId, boolean authorize) {
        return sessions.start(connectorId, idTag, remoteStartId, authorize);
    }

    /** Ends the connector's transaction; false if there is none. */
    public synchronized boolean stopSession(int connectorId, StopReason reason) {
        return sessions.stop(connectorId, reason);
    }

    /** The connector reports a fault (ending its transaction), until {@link #recover(int)}. */
    public synchronized void fault(int connectorId, String errorCode) {
        sessions.fault(connectorId, errorCode);
    }

    public synchronized void recover(int connectorId) {
        sessions.recover(connectorId);
    }

    /** The heartbeat interval in force: the override, or HeartbeatInterval (set from the boot answer). */
    public synchronized Duration heartbeatInterval() {
        return lifecycle.heartbeat().interval();
    }

    public String id() {
        return settings.id();
    }

    public ChargerSettings settings() {
        return settings;
    }

    public synchronized State state() {
        return lifecycle.state();
    }

    public synchronized boolean offline() {
        return !conversation.online();
    }

    public List<Connector> connectors() {
        return connectors;
    }

    /** The connector with that id (1-based), or null. */
    public Connector connector(int id) {
        return id >= 1 && id <= connectors.size() ? connectors.get(id - 1) : null;
    }

    public ChargerConfiguration configuration() {
        return configuration;
    }

    // ---- for the version classes and their commands

    /** The CSMS refused the tag on that connector (or did not answer in time). */
    void tagRefused(int connectorId) {
        script.tagRefused(connectorId);
    }

    /** After the current reply: ends transactions, sends what is queued, closes and boots again (Reset). */
    protected void rebootAfterReply(BootCause cause, StopReason reason) {
        reboot.afterReply(cause, reason);
    }

    /** Reboots once the last transaction has ended (2.0.1 Reset OnIdle, B12). */
    protected void rebootWhenTransactionsEnd(BootCause cause) {
        reboot.whenTransactionsEnd(cause);
    }

    /** Sends a BootNotification after the current reply, when accepted (TriggerMessage). */
    protected void bootAgainAfterReply() {
        afterReply(() -> {
            if (accepted()) {
                send(bootNotification(BootCause.POWER_UP), response -> {});
            }
        });
    }

    protected boolean anyTransaction() {
        return sessions.anyTransaction();
    }

    /** Sends a CALL whose answer does not matter; dropped when offline. */
    protected void send(Q request) {
        send(request, response -> {});
    }

    protected void send(Q request, Consumer<? super R> onAnswer) {
        send(request, onAnswer, () -> {});
    }

    protected void send(Q request, Consumer<? super R> onAnswer, Runnable onFailure) {
        conversation.enqueue(new Outgoing<Q, R>(() -> request, Outgoing.Kind.NORMAL, onAnswer, onFailure));
    }

    /** Sends a transaction message: kept while offline and resent in order, built when sent. */
    protected void sendTransactional(Supplier<? extends Q> request, Consumer<? super R> onAnswer) {
        conversation.enqueue(new Outgoing<Q, R>(request, Outgoing.Kind.TRANSACTION, onAnswer, () -> {}));
    }

    /** Runs the action once the answer to the CALL being handled has been sent. */
    protected void afterReply(Runnable action) {
        conversation.afterReply(action);
    }

    /** Runs the action later under this charger's lock, unless the charger was stopped meanwhile. */
    protected Timers.Cancellable later(Duration delay, Runnable action) {
        return timers.schedule(delay, () -> {
            synchronized (this) {
                if (lifecycle.state() != State.STOPPED) {
                    action.run();
                }
            }
        });
    }

    /** Runs the actions one after another, {@code step} apart, starting after {@code first}. */
    protected void sequence(Duration first, Duration step, List<Runnable> actions) {
        if (!actions.isEmpty()) {
            later(first, () -> {
                actions.getFirst().run();
                sequence(step, step, actions.subList(1, actions.size()));
            });
        }
    }

    protected boolean transactionMessagesQueued() {
        return conversation.transactionMessagesQueued();
    }

    protected Instant now() {
        return timers.now();
    }

    protected Duration meterInterval() {
        return sessions.meterInterval();
    }

    /** Applies a configuration change that affects running timers. */
    protected void configurationChanged(String key) {
        if (key.equals(ChargerConfiguration.HEARTBEAT_INTERVAL)) {
            lifecycle.heartbeat().restart();
        } else if (key.equals(ChargerConfiguration.METER_VALUE_SAMPLE_INTERVAL)) {
            sessions.meterIntervalSeconds(configuration.intValue(key));
        }
    }

    private boolean accepted() {
        return lifecycle.accepted();
    }

    private void rebootIfIdle() {
        reboot.rebootIfIdle();
    }
}
