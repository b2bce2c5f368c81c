package io.evzone.simulator.charger;

import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.simulator.transport.Dialer;
import io.evzone.simulator.transport.Link;
import io.evzone.simulator.transport.LinkListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A simulated charge point: connection, boot, heartbeat, status, transactions and meter values, independent of the
 * OCPP version. {@link Ocpp16Charger} and {@link Ocpp201Charger} build the messages and answer the CSMS. Every
 * event (inbound frame, timer, dial result) runs under this object's lock, so a charger needs no thread of its own.
 *
 * @param <Q> the version's request type
 * @param <R> the version's response type
 */
public abstract class SimulatedCharger<Q, R> {
    private static final Duration BOOT_RETRY = Duration.ofSeconds(10);
    private static final Duration REBOOT_TIME = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    protected final ChargerSettings settings;
    protected final Timers timers;
    protected final ChargerEvents events;
    protected final ChargerConfiguration configuration;
    protected final SplittableRandom random;
    protected final PowerModel power;
    private final Dialer dialer;
    private final List<Connector> connectors = new ArrayList<>();
    private final RpcChannel<Q, R> rpc;
    private final ScenarioScript script;
    private List<Runnable> afterReply = List.of();
    private State state = State.STOPPED;
    private Link link;
    private Listener listener;
    private int generation;
    private boolean needsBoot = true;
    private BootCause bootCause = BootCause.POWER_UP;
    private boolean rebootWhenIdle;
    private BootCause rebootOnIdle;
    private boolean receiving;
    private int failedConnects;
    private Duration meterInterval;
    private Timers.Cancellable heartbeat = Timers.Cancellable.NONE;
    private Timers.Cancellable bootRetry = Timers.Cancellable.NONE;
    private Timers.Cancellable reconnect = Timers.Cancellable.NONE;

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
        this.dialer = dialer;
        this.timers = timers;
        this.events = events;
        this.random = new SplittableRandom(settings.seed());
        this.power = PowerModel.pick(random, settings.power());
        this.meterInterval = settings.meterInterval();
        this.configuration = new ChargerConfiguration(settings.connectors(), Math.max(1, meterInterval.toSeconds()));
        for (int id = 1; id <= settings.connectors(); id++) {
            connectors.add(new Connector(id, 1000.0 * random.nextInt(50_000)));
        }
        this.rpc =
                new RpcChannel<>(this, settings.id(), codec, timers, events, settings.callTimeout(), this::afterCall);
        this.script = new ScenarioScript(this, timers);
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

    // ---- life cycle

    public synchronized void start() {
        if (state == State.STOPPED) {
            connect();
        }
    }

    /** Closes the connection and cancels every timer; queued messages are dropped. */
    public synchronized void stop() {
        script.cancel();
        reconnect.cancel();
        connectors.forEach(c -> c.meterTimer(Timers.Cancellable.NONE));
        disconnect(State.STOPPED).ifPresent(Link::close);
    }

    private void connect() {
        state = State.CONNECTING;
        int attempt = ++generation;
        Listener current = new Listener(attempt);
        listener = current;
        try {
            dialer.dial(settings.id(), settings.version(), current)
                    .whenComplete((opened, error) -> dialed(attempt, current, opened, error));
        } catch (RuntimeException e) {
            dialed(attempt, current, null, e);
        }
    }

    private synchronized void dialed(int attempt, Listener current, Link opened, Throwable error) {
        if (attempt != generation) {
            if (opened != null) {
                opened.close();
            }
            return;
        }
        if (error != null || current.closedEarly) {
            Throwable cause =
                    error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            events.connectFailed(settings.id(), cause);
            state = State.OFFLINE;
            scheduleReconnect(backoff(++failedConnects));
            return;
        }
        failedConnects = 0;
        link = opened;
        rpc.attach(opened);
        events.connected();
        if (needsBoot) {
            state = State.BOOTING;
            sendBoot();
        } else {
            accepted(-1);
        }
        current.flushEarlyFrames();
    }

    private Duration backoff(int failures) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(failures - 1, 5));
        return Duration.ofMillis(seconds * 1000 + random.nextInt(1000));
    }

    private void scheduleReconnect(Duration delay) {
        reconnect.cancel();
        reconnect = later(delay, () -> {
            if (state == State.OFFLINE) {
                connect();
            }
        });
    }

    /** Leaves the connection; the caller closes or drops the returned link. */
    private java.util.Optional<Link> disconnect(State next) {
        Link old = link;
        link = null;
        generation++;
        if (old != null) {
            events.disconnected();
        }
        if (state == State.ACCEPTED) {
            events.unbooted();
        }
        state = next;
        heartbeat.cancel();
        bootRetry.cancel();
        rpc.detach();
        return java.util.Optional.ofNullable(old);
    }

    private void lost(String why) {
        events.error(settings.id(), "connection lost: " + why);
        disconnect(State.OFFLINE);
        scheduleReconnect(backoff(1));
    }

    /** Drops the connection as a network failure would, and reconnects (without rebooting) after {@code offline}. */
    public synchronized void dropConnection(Duration offline) {
        if (link != null) {
            disconnect(State.OFFLINE).ifPresent(Link::abort);
            scheduleReconnect(offline);
        }
    }

    // ---- boot and heartbeat

    private void sendBoot() {
        enqueue(new Outgoing<Q, R>(
                () -> bootNotification(bootCause), Outgoing.Kind.BOOT, this::bootAnswered, this::retryBootLater));
    }

    private void bootAnswered(R response) {
        Registration registration = registration(response);
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

    private void retryBootLater() {
        retryBoot(BOOT_RETRY);
    }

    private void retryBoot(Duration delay) {
        bootRetry.cancel();
        bootRetry = later(delay, () -> {
            if (state == State.BOOTING) {
                sendBoot();
            }
        });
    }

    private void accepted(int heartbeatSeconds) {
        state = State.ACCEPTED;
        events.booted();
        if (heartbeatSeconds > 0) {
            configuration.set(ChargerConfiguration.HEARTBEAT_INTERVAL, Integer.toString(heartbeatSeconds));
        }
        restartHeartbeat();
        connectors.forEach(c -> c.lastReported(null));
        connectors.forEach(this::reportStatus);
        script.onAccepted();
    }

    /** The heartbeat interval in force: the override, or HeartbeatInterval (set from the boot answer). */
    public synchronized Duration heartbeatInterval() {
        return settings.heartbeatOverride() != null
                ? settings.heartbeatOverride()
                : Duration.ofSeconds(configuration.intValue(ChargerConfiguration.HEARTBEAT_INTERVAL));
    }

    protected void restartHeartbeat() {
        heartbeat.cancel();
        Duration interval = heartbeatInterval();
        if (state == State.ACCEPTED && interval.isPositive()) {
            heartbeat = later(interval, () -> {
                if (state == State.ACCEPTED) {
                    send(heartbeatRequest());
                    restartHeartbeat();
                }
            });
        }
    }

    // ---- sessions

    /** Starts a session on the connector, authorizing the tag first when asked and online. False if it cannot. */
    public synchronized boolean startSession(int connectorId, String idTag, Integer remoteStartId, boolean authorize) {
        Connector c = connector(connectorId);
        if (c == null || !c.canStart()) {
            return false;
        }
        c.status(ConnectorStatus.PREPARING);
        reportStatus(c);
        if (authorize && rpc.online()) {
            authorize(idTag, ok -> {
                if (ok) {
                    begin(c, idTag, remoteStartId);
                } else {
                    c.status(ConnectorStatus.AVAILABLE);
                    reportStatus(c);
                }
            });
        } else {
            begin(c, idTag, remoteStartId);
        }
        return true;
    }

    private void begin(Connector c, String idTag, Integer remoteStartId) {
        Instant now = timers.now();
        String localId = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
        Transaction transaction = new Transaction(idTag, remoteStartId, now, c.energyWh(), localId);
        c.transaction(transaction);
        c.reservationId(null);
        c.advance(now, power.sample(random, c.limitW()));
        events.sessionStarted();
        transactionStarted(c, transaction);
        c.status(ConnectorStatus.CHARGING);
        reportStatus(c);
        scheduleMeter(c);
    }

    private void scheduleMeter(Connector c) {
        c.meterTimer(later(meterInterval, () -> {
            Transaction transaction = c.transaction();
            if (transaction != null) {
                c.advance(timers.now(), power.sample(random, c.limitW()));
                meterSample(c, transaction);
                events.meterSampled(settings.id(), c.energyWh(), transaction.meterStartWh());
                scheduleMeter(c);
            }
        }));
    }

    /** Ends the connector's transaction; false if there is none. */
    public synchronized boolean stopSession(int connectorId, StopReason reason) {
        Connector c = connector(connectorId);
        if (c == null || c.transaction() == null) {
            return false;
        }
        Transaction transaction = c.transaction();
        c.meterTimer(Timers.Cancellable.NONE);
        c.stopFlow(timers.now());
        c.transaction(null);
        events.sessionEnded();
        transactionEnded(c, transaction, reason);
        c.status(ConnectorStatus.FINISHING);
        reportStatus(c);
        c.status(c.operative() ? ConnectorStatus.AVAILABLE : ConnectorStatus.UNAVAILABLE);
        reportStatus(c);
        if (rebootOnIdle != null && connectors.stream().allMatch(other -> other.transaction() == null)) {
            bootCause = rebootOnIdle;
            rebootOnIdle = null;
            rebootWhenIdle = true;
            rebootIfIdle();
        }
        return true;
    }

    /** The connector reports a fault (ending its transaction), until {@link #recover(int)}. */
    public synchronized void fault(int connectorId, String errorCode) {
        Connector c = connector(connectorId);
        if (c != null) {
            stopSession(connectorId, StopReason.OTHER);
            c.status(ConnectorStatus.FAULTED);
            reportFault(c, errorCode);
        }
    }

    public synchronized void recover(int connectorId) {
        Connector c = connector(connectorId);
        if (c != null && c.status() == ConnectorStatus.FAULTED) {
            c.status(c.operative() ? ConnectorStatus.AVAILABLE : ConnectorStatus.UNAVAILABLE);
            reportStatus(c);
        }
    }

    // ---- reboot

    /** After the current reply: ends transactions, sends what is queued, closes and boots again (Reset). */
    protected void rebootAfterReply(BootCause cause, StopReason reason) {
        afterReply(() -> {
            connectors.forEach(c -> stopSession(c.id(), reason));
            bootCause = cause;
            rebootWhenIdle = true;
            rebootIfIdle();
        });
    }

    /** Reboots once the last transaction has ended (2.0.1 Reset OnIdle, B12). */
    protected void rebootWhenTransactionsEnd(BootCause cause) {
        rebootOnIdle = cause;
    }

    protected boolean anyTransaction() {
        return connectors.stream().anyMatch(c -> c.transaction() != null);
    }

    private void rebootIfIdle() {
        if (rebootWhenIdle && rpc.idle()) {
            rebootWhenIdle = false;
            disconnect(State.OFFLINE).ifPresent(Link::close);
            needsBoot = true;
            for (Connector c : connectors) {
                c.status(c.operative() ? ConnectorStatus.AVAILABLE : ConnectorStatus.UNAVAILABLE);
                c.reservationId(null);
                c.lastReported(null);
            }
            scheduleReconnect(REBOOT_TIME);
        }
    }

    private void afterCall() {
        rebootIfIdle();
        if (!receiving) {
            rpc.pump(state == State.ACCEPTED);
        }
    }

    // ---- messages

    private void enqueue(Outgoing<Q, R> call) {
        rpc.enqueue(call);
        if (!receiving) {
            rpc.pump(state == State.ACCEPTED);
        }
    }

    /** Sends a CALL whose answer does not matter; dropped when offline. */
    protected void send(Q request) {
        send(request, response -> {});
    }

    protected void send(Q request, Consumer<? super R> onAnswer) {
        enqueue(new Outgoing<Q, R>(() -> request, Outgoing.Kind.NORMAL, onAnswer, () -> {}));
    }

    protected void send(Q request, Consumer<? super R> onAnswer, Runnable onFailure) {
        enqueue(new Outgoing<Q, R>(() -> request, Outgoing.Kind.NORMAL, onAnswer, onFailure));
    }

    /** Sends a transaction message: kept while offline and resent in order, built when sent. */
    protected void sendTransactional(Supplier<? extends Q> request, Consumer<? super R> onAnswer) {
        enqueue(new Outgoing<Q, R>(request, Outgoing.Kind.TRANSACTION, onAnswer, () -> {}));
    }

    /** Runs the action once the answer to the CALL being handled has been sent. */
    protected void afterReply(Runnable action) {
        if (afterReply.isEmpty()) {
            afterReply = new ArrayList<>(2);
        }
        afterReply.add(action);
    }

    /** Runs the action later under this charger's lock, unless the charger was stopped meanwhile. */
    protected Timers.Cancellable later(Duration delay, Runnable action) {
        return timers.schedule(delay, () -> {
            synchronized (this) {
                if (state != State.STOPPED) {
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

    private void receive(String text) {
        receiving = true;
        try {
            rpc.receive(text, call -> handle(call.request()));
        } finally {
            receiving = false;
        }
        List<Runnable> actions = afterReply;
        afterReply = List.of();
        actions.forEach(Runnable::run);
        rpc.pump(state == State.ACCEPTED);
    }

    // ---- state, for the version classes, the scenario and tests

    public String id() {
        return settings.id();
    }

    public ChargerSettings settings() {
        return settings;
    }

    public synchronized State state() {
        return state;
    }

    public synchronized boolean offline() {
        return !rpc.online();
    }

    protected boolean transactionMessagesQueued() {
        return rpc.transactionMessagesQueued();
    }

    protected Instant now() {
        return timers.now();
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

    protected Duration meterInterval() {
        return meterInterval;
    }

    /** Applies a configuration change that affects running timers. */
    protected void configurationChanged(String key) {
        if (key.equals(ChargerConfiguration.HEARTBEAT_INTERVAL)) {
            restartHeartbeat();
        } else if (key.equals(ChargerConfiguration.METER_VALUE_SAMPLE_INTERVAL)) {
            int seconds = configuration.intValue(key);
            meterInterval = seconds > 0 ? Duration.ofSeconds(seconds) : settings.meterInterval();
        }
    }

    protected void bootAgainAfterReply() {
        afterReply(() -> {
            if (state == State.ACCEPTED) {
                send(bootNotification(BootCause.POWER_UP), response -> {});
            }
        });
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
            synchronized (SimulatedCharger.this) {
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
                receive(text);
            }
        }

        @Override
        public void onClosed(int statusCode, String reason) {
            synchronized (SimulatedCharger.this) {
                if (attempt != generation) {
                    return;
                }
                if (link == null) {
                    closedEarly = true;
                    return;
                }
                lost(statusCode + " " + reason);
            }
        }

        void flushEarlyFrames() {
            if (early != null) {
                List<String> frames = early;
                early = null;
                frames.forEach(SimulatedCharger.this::receive);
            }
        }
    }
}
