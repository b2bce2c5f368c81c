package io.evzone.simulator.charger;

import io.evzone.ocpp.codec.OcppCodec;
import io.evzone.simulator.transport.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The charger's side of the OCPP conversation: its CALLs queued on the {@link RpcChannel} (only a BootNotification
 * before the CSMS accepts it), the CSMS's CALLs answered by the charger, and actions held back until the answer has
 * been sent. Runs under the charger's lock.
 */
final class Conversation<Q, R> {
    private final SimulatedCharger<Q, R> charger;
    private final RpcChannel<Q, R> rpc;
    private final BooleanSupplier accepted;
    private final Runnable onCallFinished;
    private List<Runnable> afterReply = List.of();
    private boolean receiving;

    /**
     * @param accepted whether the CSMS has accepted the charger
     * @param onCallFinished runs each time one of the charger's CALLs is answered, fails or is cancelled
     */
    Conversation(
            SimulatedCharger<Q, R> charger, OcppCodec<Q, R> codec, BooleanSupplier accepted, Runnable onCallFinished) {
        this.charger = charger;
        this.accepted = accepted;
        this.onCallFinished = onCallFinished;
        ChargerSettings settings = charger.settings();
        this.rpc = new RpcChannel<>(
                charger, settings.id(), codec, charger.timers, charger.events, settings.callTimeout(), this::finished);
    }

    void attach(Link link) {
        rpc.attach(link);
    }

    void detach() {
        rpc.detach();
    }

    boolean online() {
        return rpc.online();
    }

    /** Nothing queued and nothing in flight. */
    boolean idle() {
        return rpc.idle();
    }

    boolean transactionMessagesQueued() {
        return rpc.transactionMessagesQueued();
    }

    /** Queues a CALL; it leaves at once unless another is in flight or a frame is being handled. */
    void enqueue(Outgoing<Q, R> call) {
        rpc.enqueue(call);
        if (!receiving) {
            rpc.pump(accepted.getAsBoolean());
        }
    }

    /** Runs the action once the answer to the CALL being handled has been sent. */
    void afterReply(Runnable action) {
        if (afterReply.isEmpty()) {
            afterReply = new ArrayList<>(2);
        }
        afterReply.add(action);
    }

    void receive(String text) {
        receiving = true;
        try {
            rpc.receive(text, call -> charger.handle(call.request()));
        } finally {
            receiving = false;
        }
        List<Runnable> actions = afterReply;
        afterReply = List.of();
        actions.forEach(Runnable::run);
        rpc.pump(accepted.getAsBoolean());
    }

    private void finished() {
        onCallFinished.run();
        if (!receiving) {
            rpc.pump(accepted.getAsBoolean());
        }
    }
}
