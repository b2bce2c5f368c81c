package io.evzone.simulator.charger;

import io.evzone.simulator.charger.SimulatedCharger.BootCause;

/**
 * A reboot the CSMS asked for (Reset), which waits: until the answer and the messages queued before it have been
 * sent, and for a 2.0.1 Reset OnIdle (B12) until the last transaction has ended. Runs under the charger's lock.
 */
final class PendingReboot {
    private final SimulatedCharger<?, ?> charger;
    private final Lifecycle<?, ?> lifecycle;
    private final Conversation<?, ?> conversation;
    private boolean whenIdle;
    private BootCause whenTransactionsEnd;

    PendingReboot(SimulatedCharger<?, ?> charger, Lifecycle<?, ?> lifecycle, Conversation<?, ?> conversation) {
        this.charger = charger;
        this.lifecycle = lifecycle;
        this.conversation = conversation;
    }

    /** After the current reply: ends every transaction, sends what is queued, then reboots. */
    void afterReply(BootCause cause, StopReason reason) {
        conversation.afterReply(() -> {
            charger.connectors().forEach(c -> charger.stopSession(c.id(), reason));
            lifecycle.bootCause(cause);
            whenIdle = true;
            rebootIfIdle();
        });
    }

    /** Reboots once the last transaction has ended. */
    void whenTransactionsEnd(BootCause cause) {
        whenTransactionsEnd = cause;
    }

    /** A transaction ended: a reboot waiting for the last one goes ahead if it was. */
    void transactionEnded() {
        if (whenTransactionsEnd != null
                && charger.connectors().stream().allMatch(other -> other.transaction() == null)) {
            lifecycle.bootCause(whenTransactionsEnd);
            whenTransactionsEnd = null;
            whenIdle = true;
            rebootIfIdle();
        }
    }

    /** Reboots now if one is waiting and nothing is left to send. */
    void rebootIfIdle() {
        if (whenIdle && conversation.idle()) {
            whenIdle = false;
            lifecycle.reboot();
        }
    }
}
