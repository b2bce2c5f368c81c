package io.evzone.simulator.charger;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A CALL waiting to be sent. The request is built when it is sent, so a queued 1.6 MeterValues or StopTransaction
 * picks up the transaction id a StartTransaction answered after it was queued.
 */
final class Outgoing<Q, R> {
    /** How a call behaves when the connection is lost. */
    enum Kind {
        /** BootNotification: only it may go before the CSMS accepts the charger. */
        BOOT,
        /** Dropped when offline. */
        NORMAL,
        /** Kept offline and resent in order (OCPP 1.6 §4.7, 2.0.1 E04). */
        TRANSACTION
    }

    private final Supplier<? extends Q> request;
    private final Kind kind;
    private final Consumer<? super R> onAnswer;
    private final Runnable onFailure;
    private int attempts;

    Outgoing(Supplier<? extends Q> request, Kind kind, Consumer<? super R> onAnswer, Runnable onFailure) {
        this.request = request;
        this.kind = kind;
        this.onAnswer = onAnswer;
        this.onFailure = onFailure;
    }

    Q request() {
        return request.get();
    }

    Kind kind() {
        return kind;
    }

    void answered(R response) {
        onAnswer.accept(response);
    }

    void failed() {
        onFailure.run();
    }

    int attempt() {
        return ++attempts;
    }
}
