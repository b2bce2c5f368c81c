package io.evzone.notification.delivery.domain;

/**
 * Where one send stands. {@code SENDING} is a claimed attempt: a worker holds it until its lease ends, so a send
 * cut short by a crash is taken up again. {@code FAILED} sends are the dead letters operators can replay;
 * {@code SKIPPED} ones had nowhere to go (no push subscription) and need no replay.
 */
public enum DeliveryStatus {
    QUEUED,
    SENDING,
    SENT,
    DELIVERED,
    FAILED,
    SKIPPED
}
